package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Interaction;

/**
 * A contact's interactions, newest first, each with its edit and delete buttons. The newest
 * {@link #SHOWN_AT_FIRST} show at once and the older ones on request: each row is half a dozen controls, and
 * for someone seen every week the page took that much longer to open. Those first rows are kept and shown
 * again with the next contact's interactions; the older ones are built when asked for.
 */
final class ContactTimeline extends VBox {

    static final int SHOWN_AT_FIRST = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ContactPageViewModel model;
    private final List<Row> kept = new ArrayList<>();
    private final Label none = new Label("Nothing logged yet. Coffee, a call, working together: press Ctrl+I to log it.");
    private final Button more = new Button();
    private List<Interaction> newestFirst = List.of();

    ContactTimeline(ContactPageViewModel model) {
        super(6);
        this.model = model;
        setId("timeline");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        more.getStyleClass().add(Styles.FLAT);
        more.setId("timeline-older");
        more.setOnAction(event -> showOlder());
    }

    /** The id of the button that deletes this interaction, while it is shown. */
    static String deleteButtonId(long interactionId) {
        return "timeline-delete-" + Row.idPart(interactionId);
    }

    void show(List<Interaction> interactions) {
        newestFirst = interactions;
        List<Node> shown = new ArrayList<>();
        if (interactions.isEmpty()) {
            shown.add(none);
        }
        for (int i = 0; i < Math.min(SHOWN_AT_FIRST, interactions.size()); i++) {
            if (i == kept.size()) {
                kept.add(new Row(model));
            }
            shown.add(kept.get(i).show(interactions.get(i)));
        }
        int older = interactions.size() - SHOWN_AT_FIRST;
        if (older > 0) {
            more.setText(older == 1 ? "Show 1 older interaction" : "Show " + older + " older interactions");
            shown.add(more);
        }
        Shown.only(getChildren(), shown);
    }

    private void showOlder() {
        int at = getChildren().indexOf(more);
        getChildren().remove(more);
        getChildren().addAll(at, newestFirst.subList(SHOWN_AT_FIRST, newestFirst.size()).stream()
                .map(interaction -> new Row(model).show(interaction)).toList());
        if (at < getChildren().size()) {
            getChildren().get(at).lookup(".button").requestFocus();
        }
    }

    /** One interaction's line; its buttons act on whichever interaction it shows. */
    private static final class Row extends HBox {

        private final Label when = new Label();
        private final Label what = new Label();
        private final Label notes = new Label();
        private final Button edit = iconButton(Feather.EDIT_2);
        private final Button delete = iconButton(Feather.TRASH_2);
        private Interaction interaction;

        Row(ContactPageViewModel model) {
            super(10);
            when.setMinWidth(110);
            what.getStyleClass().add(Styles.TEXT_BOLD);
            what.setMinWidth(150);
            notes.setWrapText(true);
            notes.getStyleClass().add(Styles.TEXT_MUTED);
            HBox.setHgrow(notes, Priority.ALWAYS);
            notes.setMaxWidth(Double.MAX_VALUE);
            edit.setOnAction(event -> model.editInteraction(interaction));
            delete.setOnAction(event -> model.deleteInteraction(interaction));
            getChildren().addAll(when, what, notes, edit, delete);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("timeline-row");
        }

        Row show(Interaction shown) {
            interaction = shown;
            // Named by the interaction, so that the page gives the focus back to the one clicked after it reloads.
            edit.setId("timeline-edit-" + idPart(shown.id()));
            delete.setId(deleteButtonId(shown.id()));
            when.setText(DATE.format(shown.on()));
            what.setText(shown.kind().label());
            notes.setText(shown.notes());
            // Which one, for a screen reader going through the rows' buttons; the kinds are not all nouns.
            String which = " (" + shown.kind().label() + ", " + DATE.format(shown.on()) + ")";
            said(edit, "Edit this interaction" + which);
            said(delete, "Delete this interaction" + which + "; you can undo it");
            return this;
        }

        /** A LinkedIn day of messages kept with its person's other days has a negative id. */
        private static String idPart(long id) {
            return id < 0 ? "m" + -id : Long.toString(id);
        }

        private static Button iconButton(Feather icon) {
            Button button = new Button(null, FontIcon.of(icon));
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            button.setTooltip(new Tooltip());
            return button;
        }

        private static void said(Button button, String text) {
            button.getTooltip().setText(text);
            button.setAccessibleText(text);
        }
    }
}
