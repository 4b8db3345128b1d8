package app.rapport.ui.startup;

import java.util.List;

import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.StoreRecovery;
import app.rapport.ui.DialogService;
import app.rapport.ui.FxDialogService;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.WorkProgressRow;

/**
 * The window shown instead of the main one when the data file is damaged: what happened in plain words, and
 * three ways on (restore the latest backup, choose a backup file, quit). It closes once a backup is restored.
 */
public final class RecoveryDialog {

    private final RecoveryViewModel model;
    private final Stage stage = new Stage();

    public RecoveryDialog(RecoveryViewModel model) {
        this.model = model;
        // Before the main window, no theme is set yet; the dialog should look like the rest of Rapport.
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(ThemeManager.stylesheetWithoutData());
        }
        stage.setTitle("Rapport \u2014 damaged data");
        stage.setScene(new Scene(content(), 620, Region.USE_COMPUTED_SIZE));
        Stylesheets.apply(stage.getScene());
        // Quitting halfway through a restore would leave the damaged file aside and the new store half made.
        stage.setOnCloseRequest(event -> {
            if (model.busyProperty().get()) {
                event.consume();
            }
        });
        // A message or a progress bar that appears must not push the choices out of the window.
        model.failureProperty().addListener((obs, old, now) -> stage.sizeToScene());
        model.busyProperty().addListener((obs, old, now) -> stage.sizeToScene());
        model.recoveredProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stage.close();
            }
        });
    }

    /** Shows the dialog until a backup is restored (the store it was restored into) or the user quits (empty). */
    public Optional<StoreRecovery.Recovered> showAndWait() {
        stage.showAndWait();
        return Optional.ofNullable(model.recoveredProperty().get());
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        FontIcon icon = FontIcon.of(Feather.ALERT_TRIANGLE, 28);
        icon.getStyleClass().add(Styles.WARNING);
        Label headline = new Label(model.headline());
        headline.getStyleClass().add(Styles.TITLE_3);
        headline.setId("recovery-headline");
        HBox top = new HBox(12, icon, headline);
        top.setAlignment(Pos.CENTER_LEFT);

        Label explanation = new Label(model.explanation());
        explanation.setWrapText(true);
        explanation.setId("recovery-explanation");
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        Button restoreLatest = wide(new Button(model.restoreLatestLabel(), FontIcon.of(Feather.ROTATE_CCW)));
        restoreLatest.setId("restore-latest");
        restoreLatest.getStyleClass().add(Styles.ACCENT);
        restoreLatest.setDefaultButton(model.hasLatestBackup());
        restoreLatest.setVisible(model.hasLatestBackup());
        restoreLatest.setManaged(model.hasLatestBackup());
        // Two lines (the date, then the file's name), never cut to one.
        restoreLatest.setMinHeight(Region.USE_PREF_SIZE);
        restoreLatest.setOnAction(event -> model.restoreLatest());

        Button choose = wide(new Button("Choose a backup file\u2026", FontIcon.of(Feather.FOLDER)));
        choose.setId("choose-backup");
        choose.setDefaultButton(!model.hasLatestBackup());
        choose.setOnAction(event -> chooseBackup());

        Button quit = wide(new Button("Quit", FontIcon.of(Feather.LOG_OUT)));
        quit.setId("quit-recovery");
        quit.setCancelButton(true);
        quit.setOnAction(event -> stage.close());

        restoreLatest.disableProperty().bind(model.busyProperty());
        choose.disableProperty().bind(model.busyProperty());
        quit.disableProperty().bind(model.busyProperty());

        Label progress = new Label();
        progress.setId("recovery-progress");
        progress.textProperty().bind(model.progressProperty());
        VBox working = new VBox(6, progress, new WorkProgressRow("recovery-progress-row", model.watch(),
                model.busyProperty(), model::cancel));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label failure = new Label();
        failure.setId("recovery-failure");
        failure.setWrapText(true);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        failure.setGraphic(FontIcon.of(Feather.X_OCTAGON));
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(model.failureProperty());
        failure.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        VBox choices = new VBox(8, restoreLatest, choose, quit);
        VBox root = new VBox(16, top, explanation, failure, passwordEntry(), choices, working);
        root.setPadding(new Insets(24));
        root.setId("recovery-dialog");
        VBox.setVgrow(explanation, Priority.NEVER);
        return root;
    }

    /** Shown when the chosen backup is sealed with a password: the field, and a button to restore with it. */
    private HBox passwordEntry() {
        PasswordField password = new PasswordField();
        password.setId("recovery-password");
        password.setPromptText("The backup's password");
        password.setAccessibleText("The backup's password");
        HBox.setHgrow(password, Priority.ALWAYS);
        Button restore = new Button("Restore with this password", FontIcon.of(Feather.UNLOCK));
        restore.setId("restore-with-password");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(model.busyProperty().or(password.textProperty().isEmpty()));
        Runnable submit = () -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.restoreWithPassword(typed);
        };
        restore.setOnAction(event -> submit.run());
        password.setOnAction(event -> submit.run());
        HBox entry = new HBox(8, password, restore);
        entry.setId("recovery-password-entry");
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.visibleProperty().bind(model.passwordNeededProperty().isNotNull());
        entry.managedProperty().bind(entry.visibleProperty());
        model.passwordNeededProperty().addListener((obs, old, now) -> {
            stage.sizeToScene();
            if (now != null) {
                password.requestFocus();
            }
        });
        return entry;
    }

    private static Button wide(Button button) {
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        return button;
    }

    private void chooseBackup() {
        new FxDialogService(() -> stage).chooseFileToOpen("Choose a Rapport backup", model.backupsFolder(),
                List.of(new DialogService.FileType("Rapport backups (*.zip)", "*.zip"))).ifPresent(model::restore);
    }

    /** Shown over the main window once it is open: the data is back, and where the damaged file went. */
    public static Alert notice(StoreRecovery.Recovered recovered, Window owner) {
        Alert alert = FxDialogService.alert(Alert.AlertType.INFORMATION, "Your data was restored from a backup",
                RecoveryViewModel.noticeAfter(recovered), ButtonType.OK);
        alert.getDialogPane().getContent().setId("recovery-notice-text");
        alert.getDialogPane().setId("recovery-notice");
        alert.initOwner(owner);
        return alert;
    }
}
