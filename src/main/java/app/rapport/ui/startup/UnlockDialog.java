package app.rapport.ui.startup;

import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.Stylesheets;
import app.rapport.ui.ThemeManager;

/**
 * The small window that asks for the password of protected data before the main window opens. Enter opens,
 * Esc (or closing the window) quits.
 */
public final class UnlockDialog {

    private final Stage stage;

    /** Builds the window on {@code stage}; {@code quit} runs when the user gives up. */
    public UnlockDialog(Stage stage, UnlockViewModel model, Runnable quit) {
        this.stage = stage;
        FontIcon lock = FontIcon.of(Feather.LOCK, 28);
        lock.getStyleClass().add(Styles.ACCENT);
        Label title = new Label("Rapport is locked");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label("Your data in " + model.dataDir() + " is protected with a password. "
                + "Enter it to open Rapport.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(4, title, explanation);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox header = new HBox(14, lock, words);
        header.setAlignment(Pos.TOP_LEFT);

        Label passwordLabel = new Label("Password");
        passwordLabel.getStyleClass().add(Styles.TEXT_BOLD);
        PasswordField password = new PasswordField();
        password.setId("unlock-password");
        password.setAccessibleText("Password of your Rapport data");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());
        passwordLabel.setLabelFor(password);

        Label problem = new Label();
        problem.setId("unlock-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(FontIcon.of(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        // Said aloud when it appears, as a sighted user sees it.
        problem.accessibleTextProperty().bind(model.problemProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label opening = new Label("Opening\u2026", spinner);
        opening.setId("unlock-busy");
        opening.visibleProperty().bind(model.busyProperty());

        Button quitButton = new Button("Quit");
        quitButton.setId("unlock-quit");
        quitButton.setCancelButton(true);
        quitButton.setOnAction(event -> quit.run());
        Button open = new Button("Open", FontIcon.of(Feather.UNLOCK));
        open.setId("unlock-open");
        open.setDefaultButton(true);
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(model.canOpen().not());
        open.setOnAction(event -> model.open());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, opening, gap, quitButton, open);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, header, passwordLabel, password, problem, buttons);
        VBox.setMargin(buttons, new Insets(8, 0, 0, 0));
        content.setPadding(new Insets(22, 24, 20, 24));
        content.setPrefWidth(460);
        content.setId("unlock");

        if (Application.getUserAgentStylesheet() == null) {
            // The chosen theme is stored in the locked data, so the system's light or dark stands in until then.
            Application.setUserAgentStylesheet(ThemeManager.stylesheetWithoutData());
        }
        Scene scene = new Scene(content);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Rapport \u2013 locked");
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> quit.run());
        // The window grows to show a problem whole rather than cut off.
        problem.visibleProperty().addListener((obs, was, shown) -> stage.sizeToScene());
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy) {
                password.requestFocus();
            }
        });
        password.requestFocus();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Closes the window, once the data is open or the user quits. */
    public void close() {
        stage.setOnCloseRequest(null);
        stage.close();
    }

    public Scene scene() {
        return stage.getScene();
    }
}
