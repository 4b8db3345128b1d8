package app.rapport.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The physical floor for start-up: the smallest JavaFX window, launched and watched like Rapport's. The main
 * class does not extend Application, as with Rapport's launcher: with JavaFX on the class path, Java refuses
 * to start one that does.
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(() -> {
            try {
                WindowWatch.await(scene -> true);
                System.out.println(StartupBench.READY);
                Platform.exit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hello-watch");
        watcher.setDaemon(true);
        watcher.start();
        Application.launch(App.class);
    }

    /** One label in a window the size of Rapport's. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 720));
            stage.show();
        }
    }
}
