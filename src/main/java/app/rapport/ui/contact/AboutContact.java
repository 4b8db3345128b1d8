package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.rapport.domain.Contact;
import app.rapport.ui.Controls;

/** What the user knows about the contact, shown without opening Edit; empty details are left out. */
final class AboutContact extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final int NOTES_FOLDED = 280;

    private final GridPane facts = new GridPane();
    private final Fact emails = new Fact("Email", "about-emails");
    private final Fact phones = new Fact("Phone", "about-phones");
    private final Fact birthday = new Fact("Birthday", "about-birthday");
    private final List<Fact> dates = new ArrayList<>();
    private final Fact metOn = new Fact("Met on", "about-met-on");
    private final Fact vouchForThem = new Fact("What I would say about them", "about-vouch-for-them");
    private final Fact vouchForMe = new Fact("What they would say about me", "about-vouch-for-me");
    private final Label notes = Controls.wrapping(new Label());
    private final Hyperlink more = new Hyperlink();
    private final VBox notesBox = new VBox(2, notes);
    private final Label none = new Label("No details yet: Edit adds emails, phones, notes and dates.");
    private String fullNotes = "";

    AboutContact() {
        super(8);
        facts.setId("contact-about");
        facts.setHgap(16);
        facts.setVgap(4);
        notes.setId("about-notes");
        more.setId("about-notes-more");
        more.setOnAction(event -> {
            boolean open = notes.getText().equals(fullNotes);
            notes.setText(open ? folded(fullNotes) : fullNotes);
            more.setText(open ? "Show all notes" : "Show less");
        });
        none.getStyleClass().add(Styles.TEXT_MUTED);
    }

    void show(Contact contact) {
        List<Fact> shown = new ArrayList<>();
        emails.showIn(shown, String.join(", ", contact.emails()));
        phones.showIn(shown, String.join(", ", contact.phones()));
        birthday.showIn(shown, contact.birthday() == null ? "" : contact.birthday().display());
        var important = contact.importantDates();
        while (dates.size() < important.size()) {
            dates.add(new Fact("", null));
        }
        for (int i = 0; i < important.size(); i++) {
            dates.get(i).name.setText(important.get(i).label());
            dates.get(i).showIn(shown, important.get(i).date().display());
        }
        metOn.showIn(shown, contact.metOn() == null ? "" : DATE.format(contact.metOn()));
        vouchForThem.showIn(shown, contact.vouchForThem());
        vouchForMe.showIn(shown, contact.vouchForMe());
        List<Node> cells = new ArrayList<>();
        for (int row = 0; row < shown.size(); row++) {
            Fact fact = shown.get(row);
            GridPane.setConstraints(fact.name, 0, row);
            GridPane.setConstraints(fact.value, 1, row);
            cells.add(fact.name);
            cells.add(fact.value);
        }
        Shown.only(facts.getChildren(), cells);

        fullNotes = contact.notes();
        List<Node> content = new ArrayList<>(List.of(facts));
        if (!fullNotes.isBlank()) {
            showNotes();
            content.add(notesBox);
        }
        Shown.only(getChildren(), shown.isEmpty() && fullNotes.isBlank() ? List.of(none) : content);
    }

    /** Notes, folded to their first lines when long, with a link to show all of them. */
    private void showNotes() {
        boolean longNotes = fullNotes.length() > NOTES_FOLDED || fullNotes.lines().count() > 3;
        notes.setText(longNotes ? folded(fullNotes) : fullNotes);
        more.setText("Show all notes");
        Shown.only(notesBox.getChildren(), longNotes ? List.of(notes, more) : List.of(notes));
    }

    private static String folded(String notes) {
        String firstLines = String.join("\n", notes.lines().limit(3).toList());
        String cut = firstLines.length() > NOTES_FOLDED ? firstLines.substring(0, NOTES_FOLDED) : firstLines;
        return cut.strip() + " \u2026";
    }

    /** One detail's row: its name, and its value in words that wrap. */
    private static final class Fact {

        private final Label name;
        private final Label value = Controls.wrapping(new Label());

        Fact(String named, String id) {
            name = new Label(named);
            name.getStyleClass().addAll(Styles.TEXT_MUTED);
            name.setMinWidth(Region.USE_PREF_SIZE);
            value.setId(id);
            GridPane.setHgrow(value, Priority.ALWAYS);
        }

        void showIn(List<Fact> shown, String text) {
            if (text != null && !text.isBlank()) {
                value.setText(text);
                shown.add(this);
            }
        }
    }
}
