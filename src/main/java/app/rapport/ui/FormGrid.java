package app.rapport.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
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

    /** {@code idPrefix} names the error labels ({@code <prefix>-error-<key>}); null for {@code error-<key>}. */
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

    /** A heading above the rows that follow. */
    public void section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-section");
        GridPane.setMargin(heading, new Insets(row == 0 ? 4 : 14, 0, 2, 0));
        add(heading, 0, row++, 2, 1);
    }

    /**
     * Adds a row; {@code text} may carry a mnemonic (an underscore before the letter), which moves the focus to the
     * control, or to the first choice of a group of them.
     */
    public <T extends Node> T add(String key, String text, T control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control instanceof Control ? control : firstControlIn(control));
        label.setWrapText(true);
        label.getStyleClass().add("form-label");
        if (control instanceof Control c) {
            c.setAccessibleText(text.replace("_", "").replace(" *", ""));
        }
        errors.addListener((MapChangeListener<String, String>) change ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, errors.containsKey(key)));
        clearErrorOnChange(key, control);
        add(label, 0, row);
        add(new VBox(3, control, errorLabel(key)), 1, row++);
        return control;
    }

    /** A label that shows the error for {@code key}, and takes no room while there is none. */
    public Label errorLabel(String key) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setId((idPrefix == null ? "" : idPrefix + "-") + "error-" + key);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        errors.addListener((MapChangeListener<String, String>) change -> error.setText(errors.getOrDefault(key, "")));
        return error;
    }

    /**
     * Puts the focus on the first control whose value was refused (inside a group of fields, its first field), so
     * a scroll pane that follows the focus brings it and its message into view.
     */
    public void focusFirstError() {
        getChildren().stream()
                .filter(node -> node instanceof VBox)
                .map(node -> ((VBox) node).getChildren().getFirst())
                .filter(node -> node.getPseudoClassStates().contains(Styles.STATE_DANGER))
                .findFirst()
                .map(node -> Controls.firstFocusable(node).orElse(node))
                .ifPresent(Node::requestFocus);
    }

    /** A message about a value is out of date once the user changes the value. */
    private void clearErrorOnChange(String key, Node control) {
        switch (control) {
            case TextInputControl text -> text.textProperty().addListener((obs, old, now) -> errors.remove(key));
            case ComboBoxBase<?> box -> box.valueProperty().addListener((obs, old, now) -> errors.remove(key));
            default -> control.addEventFilter(KeyEvent.KEY_TYPED, event -> errors.remove(key));
        }
    }

    private static Node firstControlIn(Node composite) {
        Node radio = composite.lookup(".radio-button");
        return radio != null ? radio : composite.lookup(".check-box");
    }
}
