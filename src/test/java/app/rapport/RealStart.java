package app.rapport;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.testfx.api.FxToolkit;

import app.rapport.store.Store;

/**
 * {@link RapportApplication} started as its launcher starts it, on a data folder, for a test to drive; closing
 * it runs the application's own {@code stop()}, as closing the window does.
 */
final class RealStart implements AutoCloseable {

    private final Application app;
    private final Thread.UncaughtExceptionHandler handler;

    private RealStart(Application app, Thread.UncaughtExceptionHandler handler) {
        this.app = app;
        this.handler = handler;
    }

    static RealStart on(Path dir) throws Exception {
        // What RapportApplication.open sets before it launches JavaFX, which a test cannot let it do.
        set("opening", CompletableFuture.supplyAsync(() -> Store.open(dir)));
        set("dataFolder", dir);
        set("filesToImport", List.of());
        // start() installs the app's handler for uncaught errors; later tests in this JVM must not inherit it.
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        FxToolkit.registerPrimaryStage();
        return new RealStart(FxToolkit.setupApplication(RapportApplication::new), handler);
    }

    @Override
    public void close() throws Exception {
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }
    }

    private static void set(String name, Object value) throws ReflectiveOperationException {
        Field field = RapportApplication.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(null, value);
    }
}
