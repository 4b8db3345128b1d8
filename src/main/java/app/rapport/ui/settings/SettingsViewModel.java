package app.rapport.ui.settings;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;

import app.rapport.ui.ThemeChoice;
import app.rapport.ui.ThemeManager;

/** Settings that exist so far: the theme, and where the data lives. */
public final class SettingsViewModel {

    private final ThemeManager theme;
    private final Path dataDir;

    public SettingsViewModel(ThemeManager theme, Path dataDir) {
        this.theme = theme;
        this.dataDir = dataDir;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme.choiceProperty();
    }

    public String dataFolder() {
        return dataDir.toString();
    }
}
