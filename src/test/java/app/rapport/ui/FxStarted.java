package app.rapport.ui;

import javafx.application.Platform;

/** For tests of controls and view models without a window: JavaFX's toolkit, started once for the whole run. */
public final class FxStarted {

    private FxStarted() {
    }

    public static void ensure() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test of this run started it.
        }
    }
}
