package app.rapport.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import app.rapport.service.PreferenceService;

/**
 * Applies the AtlantaFX theme as the user-agent stylesheet. With {@link ThemeChoice#SYSTEM} it follows the
 * operating system's colour scheme, also when that changes while Rapport runs.
 */
public final class ThemeManager {

    public static final String PREFERENCE = "ui.theme";

    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();

    /** Reads the saved choice once, at start-up; the settings page saves a new one. */
    public ThemeManager(PreferenceService preferences) {
        choice.set(preferences.get(PREFERENCE).map(ThemeChoice::parse).orElse(ThemeChoice.SYSTEM));
        choice.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void apply() {
        boolean useDark = isDark(choice.get());
        dark.set(useDark);
        Application.setUserAgentStylesheet(stylesheet(useDark));
    }

    /**
     * The theme for a window shown before any data can be read (another Rapport holds it, with the saved
     * choice): the one Rapport uses while nothing is saved, the system's light or dark, else light.
     */
    public static String stylesheetWithoutData() {
        return stylesheet(isDark(ThemeChoice.SYSTEM));
    }

    private static boolean isDark(ThemeChoice choice) {
        return switch (choice) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
    }

    /**
     * The theme's stylesheet as AtlantaFX ships it already parsed (binary CSS): parsing its 165 KB of text was about
     * a tenth of start-up, on the FX thread before the first frame.
     */
    public static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }
}
