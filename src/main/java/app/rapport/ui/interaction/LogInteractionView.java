package app.rapport.ui.interaction;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.InteractionKind;
import app.rapport.ui.Controls;
import app.rapport.ui.Converters;
import app.rapport.ui.DateFields;
import app.rapport.ui.FormGrid;
import app.rapport.ui.FormSave;

/** The "log an interaction" dialog (Ctrl+I). Enter saves with the defaults; Esc cancels. */
public final class LogInteractionView extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final FormGrid grid;

    public LogInteractionView(LogInteractionViewModel model) {
        this.grid = new FormGrid(model.errors(), "interaction", 90);
        setTitle(model.isNew() ? "Log an interaction" : "Edit interaction");
        setHeaderText(null);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setId("log-interaction");

        SearchableComboBox<ContactSummary> contact = Controls.contactPicker(model.contacts(), model.contactProperty(),
                "interaction-contact");
        grid.add("contact", "_Who", contact);
        grid.add("alsoWith", "_Also with", alsoWith(model));

        ComboBox<InteractionKind> kind = new ComboBox<>();
        kind.getItems().setAll(InteractionKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(Converters.labelled(InteractionKind::label));
        kind.setId("interaction-kind");
        grid.add("kind", "_What", kind);

        DatePicker on = DateFields.install(new DatePicker());
        on.valueProperty().bindBidirectional(model.onProperty());
        on.setId("interaction-date");
        grid.add("on", "_When", on);

        grid.add("notes", "_Notes", Controls.textArea(model.notesProperty(), "What did you talk about? (optional)", 3,
                "interaction-notes"));

        Label formError = grid.errorLabel(FormSave.WHOLE_FORM);
        getDialogPane().setContent(new VBox(8, formError, grid));

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(() -> {
                setResult(SAVE);
                close();
            });
        });
        setOnShown(event -> (model.contactProperty().get() == null ? contact : kind).requestFocus());
    }

    /** The others it was with, as removable chips, and a search-as-you-type picker that adds one more. */
    private static VBox alsoWith(LogInteractionViewModel model) {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("interaction-also-with");
        Runnable showChips = () -> chips.getChildren().setAll(model.alsoWith().stream().map(person -> {
            Button chip = new Button(person.displayName() + "  \u00d7");
            chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED);
            chip.setAccessibleText("Remove " + person.displayName());
            chip.setOnAction(event -> model.removePerson(person));
            return chip;
        }).toList());
        model.alsoWith().addListener((ListChangeListener<ContactSummary>) change -> showChips.run());
        showChips.run();
        // The picker's own value, not a property bound to it: a bidirectional binding holds its properties weakly,
        // and a property only this method knew was collected, after which picking someone added no one.
        SearchableComboBox<ContactSummary> add = Controls.contactPicker(model.contacts(), "interaction-add-person");
        add.setPromptText("Type to add someone else who was there");
        add.valueProperty().addListener((obs, old, person) -> {
            if (person != null) {
                model.addPerson(person);
                Platform.runLater(() -> add.setValue(null));
            }
        });
        return new VBox(6, chips, add);
    }
}
