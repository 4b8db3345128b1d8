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

    /**
     * Above this size, the buffer Java copies a file's bytes through is freed after each read or write instead of
     * kept for the thread's next one. Kept, the start snapshot's read and H2's largest chunk writes each left one
     * of their own size in the process for good: about 16 MB at 30,000 contacts.
     */
    static final String LARGEST_KEPT_IO_BUFFER = "262144";

    public static void main(String[] args) {
        keepNoLargeIoBuffers();
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

    /** Before the first file read, since Java reads this setting once; unless the user's command line set it. */
    static void keepNoLargeIoBuffers() {
        if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
            System.setProperty("jdk.nio.maxCachedBufferSize", LARGEST_KEPT_IO_BUFFER);
        }
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
