package app.rapport.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Watches a child process's windows from the FX thread, the same way for the hello window and for Rapport, so
 * that both startup times end at the same kind of moment: the first check that finds a showing window whose
 * scene is as wanted.
 */
final class WindowWatch {

    private static final long POLL_MILLIS = 2;

    private WindowWatch() {
    }

    /** Blocks until a showing window's scene passes {@code ready}; works before the toolkit has started. */
    static Scene await(Predicate<Scene> ready) throws InterruptedException {
        while (true) {
            CompletableFuture<Scene> check = new CompletableFuture<>();
            try {
                Platform.runLater(() -> check.complete(Window.getWindows().stream()
                        .filter(Window::isShowing).map(Window::getScene)
                        .filter(scene -> scene != null && ready.test(scene)).findFirst().orElse(null)));
                Scene found = check.get(30, TimeUnit.SECONDS);
                if (found != null) {
                    return found;
                }
            } catch (IllegalStateException toolkitNotStartedYet) {
                // Keep polling: the launcher has not started JavaFX yet.
            } catch (Exception e) {
                throw new IllegalStateException("The window could not be watched", e);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            work.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
