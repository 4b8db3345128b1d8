package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

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
 * for someone seen every week the page took that much longer to open.
 */
final class ContactTimeline {

    static final int SHOWN_AT_FIRST = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ContactTimeline() {
    }

    static Node of(List<Interaction> newestFirst, ContactPageViewModel model) {
        VBox list = new VBox(6);
        list.setId("timeline");
        if (newestFirst.isEmpty()) {
            Label none = new Label("Nothing logged yet. Coffee, a call, working together: press Ctrl+I to log it.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        newestFirst.stream().limit(SHOWN_AT_FIRST).forEach(interaction -> list.getChildren().add(row(interaction,
                model)));
        int older = newestFirst.size() - SHOWN_AT_FIRST;
        if (older > 0) {
            Button more = new Button(older == 1 ? "Show 1 older interaction" : "Show " + older + " older interactions");
            more.getStyleClass().add(Styles.FLAT);
            more.setId("timeline-older");
            more.setOnAction(event -> {
                int at = list.getChildren().indexOf(more);
                list.getChildren().remove(more);
                list.getChildren().addAll(at, newestFirst.subList(SHOWN_AT_FIRST, newestFirst.size()).stream()
                        .map(interaction -> row(interaction, model)).toList());
                if (at < list.getChildren().size()) {
                    list.getChildren().get(at).lookup(".button").requestFocus();
                }
            });
            list.getChildren().add(more);
        }
        return list;
    }

    private static Node row(Interaction interaction, ContactPageViewModel model) {
        Label when = new Label(DATE.format(interaction.on()));
        when.setMinWidth(110);
        Label what = new Label(interaction.kind().label());
        what.getStyleClass().add(Styles.TEXT_BOLD);
        what.setMinWidth(150);
        Label notes = new Label(interaction.notes());
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(notes, Priority.ALWAYS);
        notes.setMaxWidth(Double.MAX_VALUE);
        String kind = interaction.kind().label().toLowerCase(Locale.ROOT);
        Button edit = iconButton(Feather.EDIT_2, "Edit this " + kind);
        edit.setOnAction(event -> model.editInteraction(interaction));
        Button delete = iconButton(Feather.TRASH_2, "Delete this " + kind + " (you can undo)");
        delete.setOnAction(event -> model.deleteInteraction(interaction));
        HBox row = new HBox(10, when, what, notes, edit, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("timeline-row");
        return row;
    }

    private static Button iconButton(Feather icon, String text) {
        Button button = new Button(null, FontIcon.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        return button;
    }
}
