package app.rapport.ui;

import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import app.rapport.service.PreferenceService;

/** Remembers the main window's size and position between runs, and never restores it off-screen. */
public final class WindowStateKeeper {

    static final String PREFERENCE = "ui.window";
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 760;

    private final PreferenceService preferences;

    public WindowStateKeeper(PreferenceService preferences) {
        this.preferences = preferences;
    }

    public void restore(Stage stage) {
        Optional<double[]> saved = preferences.get(PREFERENCE).flatMap(WindowStateKeeper::parse);
        if (saved.isPresent() && isOnSomeScreen(saved.get())) {
            double[] bounds = saved.get();
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
            stage.setWidth(bounds[2]);
            stage.setHeight(bounds[3]);
            stage.setMaximized(bounds[4] != 0);
        } else {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        }
    }

    public void save(Stage stage) {
        preferences.put(PREFERENCE, String.join(",",
                Double.toString(stage.getX()), Double.toString(stage.getY()),
                Double.toString(stage.getWidth()), Double.toString(stage.getHeight()),
                stage.isMaximized() ? "1" : "0"));
    }

    private static Optional<double[]> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double[] values = new double[5];
            for (int i = 0; i < 5; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            return values[2] >= 200 && values[3] >= 150 ? Optional.of(values) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isOnSomeScreen(double[] bounds) {
        // At least a title bar's worth must be visible, or the user could not grab the window.
        Rectangle2D titleBar = new Rectangle2D(bounds[0], bounds[1], bounds[2], 40);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
