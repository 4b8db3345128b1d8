package app.rapport;

import java.nio.file.Path;
import java.time.Clock;

import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * Run by {@link PackagingTest} in a child JVM limited to the packaged runtime's modules: does what
 * {@link RapportApplication#init()} does before the window opens — logging to the data folder, opening and
 * migrating the store, building the services, re-evaluating follow-ups — so a module the libraries need at
 * start-up but jlink left out fails here rather than on a user's desktop.
 */
public final class PackagedStartProbe {

    private PackagedStartProbe() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        System.setProperty("rapport.logDir", dataDir.resolve("logs").toString());
        // The app's own logging set-up (a rolling file), not the tests' logback-test.xml.
        System.setProperty("logback.configurationFile", "logback.xml");
        try (Store store = Store.open(dataDir)) {
            Services.over(store, Clock.systemDefaultZone()).followUps().reevaluateAll();
        }
        System.out.println("started");
    }
}
