package app.rapport.ui.settings;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;

import app.rapport.service.RulesService;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeChoice;
import app.rapport.ui.ThemeManager;

/** The settings page: your name and the rule settings, platforms, message templates, theme and data folder. */
public final class SettingsViewModel {

    private final ThemeManager theme;
    private final Path dataDir;
    private final RuleSettingsViewModel ruleSettings;
    private final PlatformsViewModel platforms;
    private final TemplatesViewModel templates;

    public SettingsViewModel(ThemeManager theme, Path dataDir, RulesService rules, TaskRunner tasks) {
        this.theme = theme;
        this.dataDir = dataDir;
        this.ruleSettings = new RuleSettingsViewModel(rules, tasks);
        this.platforms = new PlatformsViewModel(rules, tasks);
        this.templates = new TemplatesViewModel(rules, tasks);
    }

    /** Re-reads everything from the store; other pages (and imports) may have changed it meanwhile. */
    public void reload() {
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
