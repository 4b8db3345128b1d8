package app.rapport.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar that says what was just done and offers to take it back: its message, Undo and a close button. It
 * shows while the message is not empty; a long message wraps rather than being cut.
 */
public final class UndoBar extends HBox {

    private final FontIcon icon;
    private final Button undo = new Button("Undo", FontIcon.of(Feather.ROTATE_CCW));

    /** {@code id} names the bar; its message, Undo and close button are {@code id-message}, -undo, -dismiss. */
    public UndoBar(String id, Ikon icon, ObservableStringValue message, Runnable onUndo, Runnable onDismiss) {
        this.icon = FontIcon.of(icon);
        Label text = Controls.wrapping(new Label());
        text.textProperty().bind(message);
        text.setId(id + "-message");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        undo.setId(id + "-undo");
        undo.setOnAction(event -> onUndo.run());
        Button dismiss = Controls.iconButton(Feather.X, "Hide this message", id + "-dismiss");
        dismiss.setOnAction(event -> onDismiss.run());
        Controls.keepWidth(undo, dismiss);
        getChildren().addAll(this.icon, text, undo, dismiss);
        getStyleClass().add("undo-bar");
        setId(id);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        visibleProperty().bind(Bindings.isNotEmpty(message));
        managedProperty().bind(visibleProperty());
    }

    /** Gives Undo the keyboard focus, for a page whose focused control went with what was just undoable. */
    public void focusUndo() {
        undo.requestFocus();
    }

    /** What Undo's tooltip says it will do, and the icon for what was done. */
    public UndoBar explain(String tooltip, Ikon what) {
        undo.setTooltip(new Tooltip(tooltip + " (Ctrl+Z)"));
        icon.setIconCode(what);
        return this;
    }
}
