package app.rapport.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** The app stylesheet, for the main window and every window of its own (the theme applies to all already). */
public final class Stylesheets {

    public static final String APP = "/app/rapport/ui/app.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(url());
    }

    /** For a dialog, whose pane has a scene only once it shows. */
    public static void apply(Parent root) {
        if (!root.getStylesheets().contains(url())) {
            root.getStylesheets().add(url());
        }
    }

    private static String url() {
        return Stylesheets.class.getResource(APP).toExternalForm();
    }
}
