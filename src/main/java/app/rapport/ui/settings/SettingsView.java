package app.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import app.rapport.ui.ThemeChoice;

/** The settings page. Each setting says in one sentence what it changes. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel model) {
        super(18);
        getStyleClass().add("settings-page");
        setPadding(new Insets(20, 24, 16, 24));
        setMaxWidth(760);
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        getChildren().addAll(title, appearance(model), data(model));
    }

    private static Node appearance(SettingsViewModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(18);
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioButton button = new RadioButton(choice.label());
            button.setToggleGroup(group);
            button.setUserData(choice);
            button.setId("theme-" + choice.name().toLowerCase());
            button.setSelected(model.themeProperty().get() == choice);
            choices.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.themeProperty().set((ThemeChoice) now.getUserData());
            }
        });
        return setting("Appearance", "Light or dark colours. \u201cSame as the system\u201d follows your operating "
                + "system, also when it switches at night.", choices);
    }

    private static Node data(SettingsViewModel model) {
        TextField folder = new TextField(model.dataFolder());
        folder.setEditable(false);
        folder.setAccessibleText("Data folder");
        folder.setId("data-folder");
        return setting("Data folder", "Where your contacts are stored, on this computer only. Start Rapport with "
                + "--data-dir FOLDER or set RAPPORT_HOME to use another place.", folder);
    }

    private static Node setting(String title, String explanation, Node control) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, heading, text, control);
        box.getStyleClass().add("setting");
        return box;
    }
}
