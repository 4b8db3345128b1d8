package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.LinkChange;
import app.rapport.domain.Platform;
import app.rapport.service.ContactReadiness;
import app.rapport.service.PlatformReadiness;
import app.rapport.ui.Controls;
import app.rapport.ui.DialogService;
import app.rapport.ui.Navigator;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.RevealFocused;
import app.rapport.ui.ScrollPlace;
import app.rapport.ui.ShellPage;
import app.rapport.ui.UndoBar;
import app.rapport.ui.contacts.ContactFormView;
import app.rapport.ui.interaction.LogInteractionView;

/** A contact's page: who they are, one card per platform, the timeline and the history of requests. */
public final class ContactPageView extends BorderPane implements ShellPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ContactPageViewModel model;
    private final Navigator navigator;
    private final DialogService dialogs;
    private final VBox body = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(body);
    private String focusPlatform;
    private long renderedId = -1;

    public ContactPageView(ContactPageViewModel model, Navigator navigator, DialogService dialogs) {
        this.model = model;
        this.navigator = navigator;
        this.dialogs = dialogs;
        getStyleClass().add("contact-page");
        setPadding(new Insets(16, 24, 16, 24));
        body.setPadding(new Insets(0, 12, 12, 0));
        scroll.setFitToWidth(true);
        // Tab moves through the cards' buttons below the fold: the page follows the focus.
        RevealFocused.install(scroll);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        setBottom(undoBar());
        model.pageProperty().addListener((obs, old, page) -> render(page));
        model.formRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new ContactFormView(form));
                model.formClosed();
            }
        });
        model.interactionRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new LogInteractionView(form));
                model.formClosed();
            }
        });
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public OptionalLong contactInFocus() {
        return model.contactInFocus();
    }

    /** Shows this contact. */
    public void show(long contactId) {
        model.show(contactId);
    }

    /** Scrolls to and focuses this platform's card after the next render (a click in the readiness matrix). */
    public void focusPlatformOnShow(String platformId) {
        focusPlatform = platformId;
    }

    /** Opens the "log interaction" dialog for this contact (Ctrl+I on this page). */
    public void logInteraction() {
        model.logInteraction();
    }

    private void render(ContactReadiness page) {
        if (page == null) {
            body.getChildren().clear();
            renderedId = -1;
            return;
        }
        // The same contact again (after a click on it): the page stays where the user was.
        ScrollPlace place = page.contact().id() == renderedId ? ScrollPlace.of(scroll) : null;
        renderedId = page.contact().id();
        body.getChildren().setAll(header(page.contact()), ProblemBanner.of(model.problemProperty(),
                model::dismissProblem, "contact-problem"), about(page.contact()), cards(page), followUps(page),
                timeline(page), history(page));
        if (place != null) {
            place.restore();
        }
        if (focusPlatform != null) {
            Node card = body.lookup("#card-" + focusPlatform);
            focusPlatform = null;
            if (card != null) {
                card.getStyleClass().add("focused-card");
                Node firstButton = card.lookup(".button");
                if (firstButton != null) {
                    firstButton.requestFocus();
                }
                scroll.layout();
                double y = card.getBoundsInParent().getMinY() + card.getParent().getBoundsInParent().getMinY();
                double range = body.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range > 0 ? Math.clamp(y / range, 0, 1) : 0);
            }
        }
    }

    private Node header(Contact contact) {
        Button backButton = new Button(null, FontIcon.of(Feather.ARROW_LEFT));
        backButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        backButton.setTooltip(new Tooltip("Back to contacts (Esc)"));
        backButton.setAccessibleText("Back to contacts");
        backButton.setId("contact-back");
        backButton.setOnAction(event -> navigator.back());

        Label name = new Label(contact.displayName());
        name.getStyleClass().add(Styles.TITLE_2);
        name.setId("contact-page-name");
        String work = String.join(" \u00b7 ", Stream.of(contact.role(), contact.organization())
                .filter(s -> !s.isBlank()).toList());
        Label subtitle = new Label(work);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setManaged(!work.isBlank());
        Label world = new Label(contact.category().label() + " \u00b7 " + contact.relationship().label()
                + (contact.howWeMet().isBlank() ? "" : " \u00b7 " + contact.howWeMet()));
        world.getStyleClass().addAll(Styles.TEXT_SMALL);
        Controls.wrapping(name);
        Controls.wrapping(subtitle);
        Controls.wrapping(world);
        VBox titles = new VBox(2, name, subtitle, world);
        model.quietFor().ifPresent(quiet -> {
            Label quietFor = Controls.wrapping(new Label("Quiet for " + quiet.sentence(), FontIcon.of(Feather.CLOCK)));
            quietFor.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            quietFor.setId("contact-quiet-for");
            titles.getChildren().add(quietFor);
        });
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button log = new Button("Log interaction", FontIcon.of(Feather.PLUS_CIRCLE));
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(new Tooltip("Log a meeting, call or message (Ctrl+I)"));
        log.setId("log-interaction-button");
        log.setOnAction(event -> logInteraction());
        Button edit = new Button("Edit", FontIcon.of(Feather.EDIT_2));
        edit.setTooltip(new Tooltip("Edit name, category, notes\u2026"));
        edit.setId("edit-contact-page");
        edit.setOnAction(event -> model.edit());
        Controls.keepWidth(backButton, edit, log);
        HBox header = new HBox(12, backButton, titles, spacer, edit, log);
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    /** What the user knows about the contact, shown without opening Edit; empty details are left out. */
    private Node about(Contact contact) {
        GridPane facts = new GridPane();
        facts.setId("contact-about");
        facts.setHgap(16);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "Email", String.join(", ", contact.emails()), "about-emails");
        row = fact(facts, row, "Phone", String.join(", ", contact.phones()), "about-phones");
        row = fact(facts, row, "Birthday", contact.birthday() == null ? "" : contact.birthday().display(),
                "about-birthday");
        for (var date : contact.importantDates()) {
            row = fact(facts, row, date.label(), date.date().display(), null);
        }
        row = fact(facts, row, "Met on", contact.metOn() == null ? "" : DATE.format(contact.metOn()), "about-met-on");
        row = fact(facts, row, "What I would say about them", contact.vouchForThem(), "about-vouch-for-them");
        row = fact(facts, row, "What they would say about me", contact.vouchForMe(), "about-vouch-for-me");
        VBox content = new VBox(8, facts);
        if (!contact.notes().isBlank()) {
            content.getChildren().add(notes(contact.notes()));
        }
        if (row == 0 && contact.notes().isBlank()) {
            Label none = new Label("No details yet: Edit adds emails, phones, notes and dates.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().setAll(none);
        }
        return section("About", "What you know about them.", content);
    }

    private static int fact(GridPane facts, int row, String name, String value, String id) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = Controls.wrapping(new Label(value));
        shown.setId(id);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        facts.addRow(row, label, shown);
        return row + 1;
    }

    /** Notes, folded to their first lines when long, with a link to show all of them. */
    private static Node notes(String notes) {
        Label text = Controls.wrapping(new Label(notes));
        text.setId("about-notes");
        VBox box = new VBox(2, text);
        boolean longNotes = notes.length() > NOTES_FOLDED || notes.lines().count() > 3;
        if (longNotes) {
            text.setText(folded(notes));
            Hyperlink more = new Hyperlink("Show all notes");
            more.setId("about-notes-more");
            more.setOnAction(event -> {
                boolean open = text.getText().equals(notes);
                text.setText(open ? folded(notes) : notes);
                more.setText(open ? "Show all notes" : "Show less");
            });
            box.getChildren().add(more);
        }
        return box;
    }

    private static final int NOTES_FOLDED = 280;

    private static String folded(String notes) {
        String firstLines = String.join("\n", notes.lines().limit(3).toList());
        String cut = firstLines.length() > NOTES_FOLDED ? firstLines.substring(0, NOTES_FOLDED) : firstLines;
        return cut.strip() + " \u2026";
    }

    private Node cards(ContactReadiness page) {
        FlowPane cards = new FlowPane(14, 14);
        cards.setPrefWrapLength(900);
        for (PlatformReadiness card : page.platforms()) {
            PlatformCard view = new PlatformCard(card, model, () -> askVouch(page.contact()),
                    article -> navigator.openGuide(article.name()));
            view.setPrefWidth(440);
            cards.getChildren().add(view);
        }
        return section("Platforms", "Connect now, later or never \u2014 with the reasons.", cards);
    }

    private Node timeline(ContactReadiness page) {
        return section("Timeline", "Time spent together, newest first.", ContactTimeline.of(page.interactions(), model));
    }

    private Node followUps(ContactReadiness page) {
        VBox list = new VBox(4);
        list.setId("contact-follow-ups");
        if (page.openFollowUps().isEmpty()) {
            Label none = new Label("Nothing planned.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (FollowUp followUp : page.openFollowUps()) {
            Label title = new Label(DATE.format(followUp.due()) + "   " + followUp.title(), FontIcon.of(Feather.BELL));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label message = new Label(followUp.message());
            message.setWrapText(true);
            message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            list.getChildren().add(new VBox(2, title, message));
        }
        return section("Follow-ups", "What you planned to do, by due date.", list);
    }

    private Node history(ContactReadiness page) {
        Map<String, String> names = page.platforms().stream().map(PlatformReadiness::platform)
                .collect(Collectors.toMap(Platform::id, Platform::name, (a, b) -> a));
        VBox list = new VBox(4);
        list.setId("link-history");
        if (page.linkHistory().isEmpty()) {
            Label none = new Label("No requests or connections recorded yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (LinkChange change : page.linkHistory()) {
            String day = change.on() == null ? "Day not known" : DATE.format(change.on());
            Label line = new Label(day + "   " + names.getOrDefault(change.platformId(),
                    change.platformId()) + ": " + change.from().label() + " \u2192 " + change.to().label());
            line.getStyleClass().add(Styles.TEXT_SMALL);
            list.getChildren().add(line);
        }
        return section("Request history", "Every change, when it happened.", list);
    }

    private Node section(String title, String explanation, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(explanation);
        text.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox titleRow = new HBox(10, heading, text);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(8, titleRow, content);
    }

    private Node undoBar() {
        UndoBar bar = new UndoBar("contact-undo", Feather.TRASH_2, model.undoMessage(), model::undo,
                model::forgetUndo);
        model.undoMessage().addListener((obs, old, now) -> {
            if (model.undoesDeletion()) {
                bar.explain("Put the interaction back", Feather.TRASH_2);
            } else {
                bar.explain("Put the link and its request history back as they were", Feather.LINK);
            }
        });
        BorderPane.setMargin(bar, new Insets(12, 0, 0, 0));
        return bar;
    }

    private void askVouch(Contact contact) {
        dialogs.showAndWait(new VouchDialog(contact)).ifPresent(answers -> model.saveVouch(answers[0], answers[1]));
    }
}
