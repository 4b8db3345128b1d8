package app.rapport;

import java.nio.file.Path;

import javafx.application.Application;

import app.rapport.store.DataLocation;

/**
 * The entry point. It is not the Application class on purpose: with JavaFX on the class path (the fat jar),
 * the launcher of a class that extends Application refuses to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = CommandLine.parse(args);
        if (commandLine.problem() != null) {
            System.err.println("rapport: " + commandLine.problem());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
        }
        if (commandLine.wantsVersion()) {
            System.out.println("Rapport " + version());
            return;
        }
        Path dataDir = DataLocation.resolveForThisMachine(commandLine.dataDir());
        // Logback reads this when the first logger is made, so it must be set before anything logs.
        System.setProperty("rapport.logDir", dataDir.resolve("logs").toString());
        RapportApplication.openStore(dataDir);
        Application.launch(RapportApplication.class);
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
