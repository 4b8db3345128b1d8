package app.rapport.ui;

import javafx.scene.Scene;

/** The app stylesheet, for the main window and every window of its own (the theme applies to all already). */
public final class Stylesheets {

    public static final String APP = "/app/rapport/ui/app.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(Stylesheets.class.getResource(APP).toExternalForm());
    }
}
