package app.rapport;

import java.nio.file.Path;

import app.rapport.cli.Cli;
import app.rapport.store.DataLocation;

/**
 * The entry point: global options, then a command or the window. It is not the Application class on purpose:
 * with JavaFX on the class path (the fat jar), the launcher of a class that extends Application refuses to
 * start, and commands never load JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (AotTraining.requested()) {
            AotTraining.run();
            return;
        }
        CommandLine commandLine = CommandLine.parse(args);
        if (commandLine.problem() != null) {
            System.err.println("rapport: " + commandLine.problem());
            System.err.print(Cli.USAGE);
            System.exit(Cli.BAD_INPUT);
        }
        if (commandLine.wantsVersion()) {
            System.out.println("Rapport " + version());
            return;
        }
        if (commandLine.wantsHelp()) {
            System.out.print(Cli.USAGE);
            return;
        }
        Path dataDir = DataLocation.resolveForThisMachine(commandLine.dataDir());
        // Logback reads this when the first logger is made, so it must be set before anything logs.
        System.setProperty("rapport.logDir", dataDir.resolve("logs").toString());
        if (commandLine.opensWindow()) {
            RapportApplication.open(dataDir, commandLine.filesToOpen());
        } else {
            System.exit(Cli.run(dataDir, commandLine.command()));
        }
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
