package app.rapport.ui.settings;

import static app.rapport.ui.settings.SettingsParts.card;
import static app.rapport.ui.settings.SettingsParts.heading;
import static app.rapport.ui.settings.SettingsParts.muted;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import app.rapport.ui.DialogService;
import app.rapport.ui.ShellPage;
import app.rapport.ui.ThemeChoice;
import app.rapport.ui.PageContext;
import app.rapport.ui.RevealFocused;

/**
 * The settings page, one long scrolling column grouped under headings. Each setting says in one sentence what it
 * changes, and changes are saved as they are made (message templates have their own Save button).
 */
public final class SettingsView extends ScrollPane implements ShellPage {

    private final SettingsViewModel model;
    private final BackupsViewModel backups;

    public SettingsView(SettingsViewModel model, BackupsViewModel backups, PasswordViewModel password,
                        DialogService dialogs) {
        this.model = model;
        this.backups = backups;
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        VBox page = new VBox(12, title,
                muted("Changes are saved as you make them; each message template has its own Save button."),
                SettingsParts.error("rules-problem", model.ruleSettings().problemProperty()));
        page.getChildren().addAll(new RuleSettingsView(model.ruleSettings()).parts());
        Label dataHeading = heading("Data folder");
        page.getChildren().addAll(
                heading("Platforms"), PlatformsView.explanation(), new PlatformsView(model.platforms()),
                heading("Message templates"), new TemplatesView(model.templates()),
                heading("Appearance"), appearance(model),
                heading("Backups"), new BackupsView(backups),
                heading("Password"), new PasswordView(password, dialogs),
                dataHeading, data(model, dataHeading));
        page.getStyleClass().add("settings-page");
        page.setPadding(new Insets(20, 24, 32, 24));
        page.setMaxWidth(760);

        setId("settings");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        RevealFocused.install(this);
    }

    /** The settings page with its models, as the window opens it. */
    public static SettingsView page(PageContext c) {
        return new SettingsView(new SettingsViewModel(c.theme(), c.dataDir(), c.services(), c.tasks(), c.changes()),
                new BackupsViewModel(c.services().backups(), c.tasks(), c.dialogs()),
                new PasswordViewModel(c.services().passwords(), c.services().backups().folder(), c.tasks()),
                c.dialogs());
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void shown() {
        // Each visit starts at the title: a page left scrolled down reads as a page without one.
        setVvalue(0);
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    @Override
    public void undo() {
        backups.undoRestore();
    }

    private static Node appearance(SettingsViewModel model) {
        HBox choices = new HBox(18);
        SettingsParts.choices(ThemeChoice.values(), ThemeChoice::label, model.themeProperty(), "theme", choices);
        return card(new VBox(8, muted("Light or dark colours. \u201cSame as the system\u201d follows your "
                + "operating system, also when it switches at night."), choices));
    }

    private static Node data(SettingsViewModel model, Label heading) {
        TextField folder = new TextField(model.dataFolder());
        heading.setLabelFor(folder);
        folder.setEditable(false);
        folder.setAccessibleText("Data folder");
        folder.setId("data-folder");
        return card(new VBox(8, muted("Where your contacts are stored, on this computer only. Start Rapport with "
                + "--data-dir FOLDER or set RAPPORT_HOME to use another place."), folder));
    }
}
