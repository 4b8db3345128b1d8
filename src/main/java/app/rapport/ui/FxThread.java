package app.rapport.ui;

import javafx.application.Platform;

/** Work for the FX thread, from whichever thread has it. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs {@code work} now when on the FX thread, otherwise on it as soon as it is free. */
    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }
}
