package app.rapport.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A dialog form: label, control and the control's error message per row, the errors coming from a view
 * model's map of field name to message.
 */
public final class FormGrid extends GridPane {

    private final ObservableMap<String, String> errors;
    private final String idPrefix;
    private int row;

    public FormGrid(ObservableMap<String, String> errors, String idPrefix, double labelWidth) {
        this.errors = errors;
        this.idPrefix = idPrefix;
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        getColumnConstraints().setAll(new ColumnConstraints(labelWidth), fields);
    }

    /** Adds a row; {@code text} may carry a mnemonic (an underscore before the letter). */
    public <T extends Node> T add(String key, String text, T control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setWrapText(true);
        if (control instanceof Control c) {
            c.setAccessibleText(text.replace("_", ""));
        }
        add(label, 0, row);
        add(new VBox(3, control, errorLabel(key)), 1, row++);
        return control;
    }

    /** A label that shows the error for {@code key}, and takes no room while there is none. */
    public Label errorLabel(String key) {
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId(idPrefix + "-error-" + key);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        errors.addListener((MapChangeListener<String, String>) change -> error.setText(errors.getOrDefault(key, "")));
        return error;
    }
}
