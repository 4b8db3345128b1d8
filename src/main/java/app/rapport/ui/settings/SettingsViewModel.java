package app.rapport.ui.settings;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;

import app.rapport.service.Change;
import app.rapport.service.Services;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeChoice;
import app.rapport.ui.ThemeManager;

/** The settings page: your name and the rule settings, platforms, message templates, theme and data folder. */
public final class SettingsViewModel {

    private final ThemeManager theme;
    private final Path dataDir;
    private final Freshness freshness;
    private final RuleSettingsViewModel ruleSettings;
    private final PlatformsViewModel platforms;
    private final TemplatesViewModel templates;

    public SettingsViewModel(ThemeManager theme, Path dataDir, Services services, TaskRunner tasks,
                             ChangeSignal changes) {
        this.theme = theme;
        this.dataDir = dataDir;
        this.ruleSettings = new RuleSettingsViewModel(services.rules(), tasks);
        this.platforms = new PlatformsViewModel(services.rules(), tasks);
        this.templates = new TemplatesViewModel(services.rules(), tasks);
        // Only what this page did not change itself: reading its own saves back could undo what the user is
        // typing meanwhile. A restore or an import replaces the settings too.
        this.freshness = new Freshness(changes, Change::everything, change -> reload());
        theme.choiceProperty().addListener((obs, old, now) -> tasks.run(() -> {
            services.preferences().put(ThemeManager.PREFERENCE, now.name());
            return now;
        }, saved -> { }, error -> ruleSettings.failed(Problems.saveFailed(error))));
    }

    public void shown() {
        freshness.shown();
    }

    public void hidden() {
        freshness.hidden();
    }

    private void reload() {
        ruleSettings.reload();
        platforms.reload();
        templates.reload();
    }

    public RuleSettingsViewModel ruleSettings() {
        return ruleSettings;
    }

    public PlatformsViewModel platforms() {
        return platforms;
    }

    public TemplatesViewModel templates() {
        return templates;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme.choiceProperty();
    }

    public String dataFolder() {
        return dataDir.toString();
    }
}
