package app.rapport.ui.interaction;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.InteractionKind;

/** The "log an interaction" dialog (Ctrl+I). Enter saves with the defaults; Esc cancels. */
public final class LogInteractionView extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final LogInteractionViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    public LogInteractionView(LogInteractionViewModel model) {
        this.model = model;
        setTitle(model.isNew() ? "Log an interaction" : "Edit interaction");
        setHeaderText(null);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setId("log-interaction");

        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().setAll(new ColumnConstraints(90), fields);

        SearchableComboBox<ContactSummary> contact = new SearchableComboBox<>();
        contact.getItems().setAll(model.contacts());
        contact.valueProperty().bindBidirectional(model.contactProperty());
        contact.setConverter(named());
        contact.setMaxWidth(Double.MAX_VALUE);
        contact.setId("interaction-contact");
        contact.setPromptText("Type to find a contact");
        field("contact", "_Who", contact);

        ComboBox<InteractionKind> kind = new ComboBox<>();
        kind.getItems().setAll(InteractionKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(labelled());
        kind.setId("interaction-kind");
        field("kind", "_What", kind);

        DatePicker on = new DatePicker();
        on.valueProperty().bindBidirectional(model.onProperty());
        on.setId("interaction-date");
        field("on", "_When", on);

        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("What did you talk about? (optional)");
        notes.setId("interaction-notes");
        field("notes", "_Notes", notes);

        Label formError = errorLabel(LogInteractionViewModel.WHOLE_FORM);
        getDialogPane().setContent(new VBox(8, formError, grid));

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
            }
        });
        setOnShown(event -> (model.contactProperty().get() == null ? contact : kind).requestFocus());
    }

    private void field(String key, String text, Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        if (control instanceof javafx.scene.control.Control c) {
            c.setAccessibleText(text.replace("_", ""));
        }
        grid.add(label, 0, row);
        grid.add(new VBox(3, control, errorLabel(key)), 1, row++);
    }

    private Label errorLabel(String key) {
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("interaction-error-" + key);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        model.errors().addListener((MapChangeListener<String, String>) change ->
                error.setText(model.errors().getOrDefault(key, "")));
        return error;
    }

    private static StringConverter<ContactSummary> named() {
        return new StringConverter<>() {
            @Override
            public String toString(ContactSummary contact) {
                if (contact == null) {
                    return "";
                }
                return contact.organization().isBlank() ? contact.displayName()
                        : contact.displayName() + " \u2014 " + contact.organization();
            }

            @Override
            public ContactSummary fromString(String text) {
                return null;
            }
        };
    }

    private static StringConverter<InteractionKind> labelled() {
        return new StringConverter<>() {
            @Override
            public String toString(InteractionKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public InteractionKind fromString(String text) {
                return null;
            }
        };
    }
}
