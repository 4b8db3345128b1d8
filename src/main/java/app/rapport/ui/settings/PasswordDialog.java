package app.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.store.StoreKey;
import app.rapport.ui.DialogService;
import app.rapport.ui.settings.PasswordViewModel.Change;

/**
 * The small form for one password change. It stays open while the change runs and when it fails, so a typo is
 * fixed in place; it closes once the change is done.
 */
final class PasswordDialog {

    private PasswordDialog() {
    }

    static void open(DialogService dialogs, PasswordViewModel model, Change change) {
        model.begin();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Rapport");
        dialog.setHeaderText(switch (change) {
            case PROTECT -> "Protect your data with a password";
            case CHANGE -> "Change the password";
            case REMOVE -> "Remove the password";
        });
        DialogPane pane = dialog.getDialogPane();
        pane.setId("password-dialog");
        ButtonType confirm = new ButtonType(switch (change) {
            case PROTECT -> "Protect";
            case CHANGE -> "Change password";
            case REMOVE -> "Remove password";
        }, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(ButtonType.CANCEL, confirm);

        VBox form = new VBox(6);
        form.setPrefWidth(440);
        if (change.asksCurrent()) {
            field(form, "Current password", "password-current", model.currentProperty());
        }
        if (change.asksNew()) {
            field(form, "New password, at least " + StoreKey.MINIMUM_LENGTH + " characters", "password-new",
                    model.nextProperty());
            field(form, "The new password again", "password-confirm", model.confirmationProperty());
        }
        Node first = form.getChildren().get(1);
        dialog.setOnShown(event -> first.requestFocus());
        form.getChildren().add(change == Change.REMOVE
                ? wrapped("Your data and the backups in the backups folder will open without a password again, "
                        + "for anyone who can read the files.", Styles.TEXT_MUTED, null)
                : wrapped("If you forget this password, your data cannot be recovered: not by Rapport, not by "
                        + "anyone. Keep it somewhere safe, such as a password manager.", Styles.WARNING,
                        FontIcon.of(Feather.ALERT_TRIANGLE)));
        Label problem = wrapped("", Styles.DANGER, FontIcon.of(Feather.ALERT_CIRCLE));
        problem.setId("password-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.accessibleTextProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label working = new Label("Re-encrypting your data and backups\u2026", spinner);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        form.getChildren().addAll(problem, working);
        pane.setContent(form);

        Button ok = (Button) pane.lookupButton(confirm);
        ok.setId("password-confirm-button");
        ok.disableProperty().bind(model.busyProperty());
        pane.lookupButton(ButtonType.CANCEL).disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.submit(change, () -> {
                dialog.setResult(confirm);
                dialog.close();
            });
        });
        // The window grows to show a problem whole rather than cut off, and typing goes on where it is needed.
        problem.visibleProperty().addListener((obs, was, shown) -> pane.getScene().getWindow().sizeToScene());
        model.problemProperty().addListener((obs, old, now) -> form.getChildren().stream()
                .filter(node -> node instanceof PasswordField field && field.getText().isEmpty()).findFirst()
                .orElse(first).requestFocus());
        dialog.setOnHidden(event -> model.begin());
        dialogs.show(dialog);
    }

    private static void field(VBox form, String label, String id, StringProperty text) {
        Label name = new Label(label);
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(label);
        field.textProperty().bindBidirectional(text);
        name.setLabelFor(field);
        form.getChildren().addAll(name, field);
    }

    private static Label wrapped(String text, String style, FontIcon icon) {
        Label label = new Label(text, icon);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
