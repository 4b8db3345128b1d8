package app.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.store.StoreKey;
import app.rapport.ui.DialogService;
import app.rapport.ui.settings.PasswordViewModel.Change;

/**
 * The small form for one password change. It stays open while the change runs, showing how far it is, and when
 * it fails, so a typo is fixed in place; it closes once the change is done or has stopped at a Cancel.
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
            field(form, "Current password", "password-current", model.currentProperty(), model.busyProperty());
        }
        if (change.asksNew()) {
            field(form, "New password, at least " + StoreKey.MINIMUM_LENGTH + " characters", "password-new",
                    model.nextProperty(), model.busyProperty());
            field(form, "The new password again", "password-confirm", model.confirmationProperty(),
                    model.busyProperty());
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
        VBox progress = progress(model);
        form.getChildren().addAll(problem, progress);
        pane.setContent(form);

        Button ok = (Button) pane.lookupButton(confirm);
        ok.setId("password-confirm-button");
        ok.disableProperty().bind(model.busyProperty());
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("password-cancel-button");
        // While the change runs, Cancel (the button, Escape or the window's close box) stops it; the form closes
        // once it has stopped, and the settings page says what was kept.
        cancel.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.busyProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (model.busyProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        ChangeListener<Boolean> whenBusy = (obs, was, busy) -> {
            if (busy) {
                cancel.requestFocus();
            }
        };
        model.busyProperty().addListener(whenBusy);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.submit(change, () -> {
                dialog.setResult(confirm);
                dialog.close();
            });
        });
        // The window grows to show a problem or the progress whole rather than cut off, and typing goes on where it
        // is needed.
        problem.visibleProperty().addListener((obs, was, shown) -> pane.getScene().getWindow().sizeToScene());
        progress.visibleProperty().addListener((obs, was, shown) -> pane.getScene().getWindow().sizeToScene());
        ChangeListener<String> whenProblem = (obs, old, now) -> form.getChildren().stream()
                .filter(node -> node instanceof PasswordField field && field.getText().isEmpty()).findFirst()
                .orElse(first).requestFocus();
        model.problemProperty().addListener(whenProblem);
        // The model outlives this form: it must not keep every form opened since alive, nor move their focus.
        dialog.setOnHidden(event -> {
            model.busyProperty().removeListener(whenBusy);
            model.problemProperty().removeListener(whenProblem);
            model.begin();
        });
        dialogs.show(dialog);
    }

    /** The bar and the words of the change under way, shown while it runs. */
    private static VBox progress(PasswordViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("password-progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.watch().progressProperty());
        bar.accessibleTextProperty().bind(model.watch().stepProperty());
        Label step = new Label();
        step.setId("password-progress-step");
        step.textProperty().bind(model.watch().stepProperty());
        VBox progress = new VBox(4, bar, step);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        progress.getStyleClass().add("work-progress");
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }

    private static void field(VBox form, String label, String id, StringProperty text,
            ObservableBooleanValue busy) {
        Label name = new Label(label);
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(label);
        field.textProperty().bindBidirectional(text);
        field.disableProperty().bind(busy);
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
