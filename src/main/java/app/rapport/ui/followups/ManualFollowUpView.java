package app.rapport.ui.followups;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Platform;
import app.rapport.ui.Controls;
import app.rapport.ui.DateFields;
import app.rapport.ui.FormGrid;
import app.rapport.ui.FormSave;

/** Create or edit a follow-up of the user's own. */
final class ManualFollowUpView extends Dialog<ButtonType> {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    ManualFollowUpView(ManualFollowUpViewModel model) {
        setTitle(model.isNew() ? "New follow-up" : "Edit follow-up");
        setHeaderText(null);
        getDialogPane().setId("manual-follow-up");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        FormGrid grid = new FormGrid(model.errors(), "follow-up", 90);

        SearchableComboBox<ContactSummary> contact = Controls.contactPicker(model.contacts(), model.contactProperty(),
                "follow-up-contact");
        contact.setDisable(!model.isNew());
        grid.add("contact", "_Who", contact);

        ComboBox<Platform> platform = Controls.filterChoice("No platform", model.platforms(), Platform::name);
        platform.valueProperty().bindBidirectional(model.platformProperty());
        platform.setDisable(!model.isNew());
        platform.setId("follow-up-platform");
        grid.add("platform", "_Where", platform);

        TextField title = new TextField();
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPromptText("What to do, e.g. Send Ada the slides");
        title.setId("follow-up-title");
        grid.add("title", "Wh_at", title);

        grid.add("message", "_Message", Controls.textArea(model.messageProperty(),
                "A message to send, or a note (optional)", 3, "follow-up-message"));

        DatePicker due = DateFields.install(new DatePicker());
        due.valueProperty().bindBidirectional(model.dueProperty());
        due.setId("follow-up-due");
        grid.add("due", "_Due", due);

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
        setOnShown(event -> (model.isNew() && model.contactProperty().get() == null ? contact : title).requestFocus());
    }
}
