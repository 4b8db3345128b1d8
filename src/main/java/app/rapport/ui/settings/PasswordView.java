package app.rapport.ui.settings;

import java.util.stream.Stream;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.DialogService;

import app.rapport.ui.settings.PasswordViewModel.Change;

/** The password card on the settings page: whether the data is protected, and the buttons to change that. */
final class PasswordView extends VBox {

    private final DialogService dialogs;
    private Button opener;

    PasswordView(PasswordViewModel model, DialogService dialogs) {
        super(8);
        this.dialogs = dialogs;
        getStyleClass().add("setting");
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.setId("password-explanation");
        explanation.textProperty().bind(Bindings.when(model.protectedProperty())
                .then("Your data and its backups are encrypted with your password. Rapport asks for it when it "
                        + "starts, and commands read it from RAPPORT_PASSWORD.")
                .otherwise("Your data is not protected with a password: anyone who can read the files in the data "
                        + "folder, or a copy of a backup, can read everything in it."));

        Button protect = button("Protect with a password\u2026", Feather.LOCK, "protect-password", model,
                Change.PROTECT);
        Button change = button("Change password\u2026", Feather.KEY, "change-password", model, Change.CHANGE);
        Button remove = button("Remove password\u2026", Feather.UNLOCK, "remove-password", model, Change.REMOVE);
        showWhen(protect, false, model);
        showWhen(change, true, model);
        showWhen(remove, true, model);
        // Disabled while a change runs, the buttons lose the keyboard focus, and Protect is gone once it is done:
        // the focus comes back to the button that opened the form, or to the one that took its place.
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && opener != null) {
                Stream.of(opener, change, protect).filter(Node::isVisible).findFirst().ifPresent(Node::requestFocus);
            }
        });
        HBox buttons = new HBox(8, protect, change, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setWrapText(true);
        status.setId("password-status");
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(Bindings.isNotEmpty(status.textProperty()));
        getChildren().addAll(explanation, buttons, status);
    }

    private Button button(String text, Feather icon, String id, PasswordViewModel model, Change change) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> {
            opener = button;
            PasswordDialog.open(dialogs, model, change);
        });
        return button;
    }

    private static void showWhen(Button button, boolean whenProtected, PasswordViewModel model) {
        button.visibleProperty().bind(whenProtected ? model.protectedProperty() : model.protectedProperty().not());
        button.managedProperty().bind(button.visibleProperty());
    }
}
