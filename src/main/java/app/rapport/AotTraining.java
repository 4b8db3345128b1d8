package app.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * The training run of the JDK's ahead-of-time cache (JEP 483/514/515), made at packaging time by
 * packaging/TrainAotCache.java with {@code -Drapport.aotTraining=true}: the window opens on a throw-away store
 * with the sample data, every page of the sidebar and a contact's page are shown, and the program ends. The JVM
 * records the classes it loaded and linked and the methods it profiled meanwhile; the launcher's
 * {@code -XX:AOTCache} then starts every later run with them. What the cache holds is what this run did, so it
 * walks the pages a user opens first.
 */
final class AotTraining {

    static final String PROPERTY = "rapport.aotTraining";
    private static final List<String> PAGES = List.of("nav-contacts", "nav-readiness", "nav-follow-ups",
            "nav-collisions", "nav-settings", "nav-home");
    private static final long PAGE_MILLIS = 1_500;

    private AotTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void run() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("rapport-aot-training-");
        } catch (IOException e) {
            throw new UncheckedIOException("No folder for the training run", e);
        }
        System.setProperty("rapport.logDir", dataDir.resolve("logs").toString());
        try (Store store = Store.open(dataDir)) {
            Services.over(store, Clock.systemDefaultZone()).sampleData().load();
        }
        Thread walker = new Thread(AotTraining::walkThePages, "aot-training");
        walker.setDaemon(true);
        walker.start();
        RapportApplication.open(dataDir, List.of());
        deleteRecursively(dataDir);
    }

    private static void walkThePages() {
        try {
            Scene scene = await(s -> s.getRoot().getStyleClass().contains("main-window"));
            for (String page : PAGES) {
                onFx(() -> {
                    if (scene.lookup("#" + page) instanceof ButtonBase button) {
                        button.fire();
                    }
                });
                Thread.sleep(PAGE_MILLIS);
                if (page.equals("nav-contacts")) {
                    onFx(() -> openFirstContact(scene));
                    Thread.sleep(PAGE_MILLIS);
                }
            }
        } catch (Exception e) {
            System.err.println("[aot-training] the walk through the pages stopped: " + e);
        } finally {
            Platform.exit();
        }
    }

    private static void openFirstContact(Scene scene) {
        Node found = scene.lookup("#contacts-table");
        if (found instanceof TableView<?> table && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        }
    }

    private static Scene await(Predicate<Scene> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
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
                // The launcher has not started JavaFX yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The main window did not show within two minutes");
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.complete(null);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("[aot-training] could not delete " + dir + ": " + e.getMessage());
        }
    }
}
