package app.rapport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;

import app.rapport.store.DamagedStoreException;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.StoreException;
import app.rapport.store.StoreInUseException;
import app.rapport.store.UnusableBackupException;
import app.rapport.store.WrongPasswordException;

/**
 * The command line: runs one command on the store in a data folder, without a window. Standard output
 * carries only the command's report, so it can be piped; problems go to standard error, prefixed with the
 * command's name. Commands never ask questions.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    public static final String USAGE = """
            usage: rapport [--data-dir DIR] [<command> [options]]
            With no command, the window opens.

            commands:
              readiness [--as-of DATE] [--format csv|table]
                                one row per (contact, platform): contact,platform,verdict,next_step
              followups [--as-of DATE] [--format csv|table]
                                re-evaluates the rules as of DATE, then lists open follow-ups:
                                contact,platform,rule,due,title (the queue itself is left as it is)
              import FILE...    LinkedIn Connections.csv / Invitations.csv, vCard (.vcf), Google Contacts CSV,
                                Rapport archive; Facebook / Instagram downloads (JSON), LinkedIn messages.csv,
                                .ics calendars, as zips, folders or files; the format is found from the content.
                                All files or nothing: a file that cannot be read stops the import before
                                anything is written. Download rows matching several contacts or none are left
                                out and listed on standard error
              export FILE       by the extension: .rapport.json (everything), .vcf, .csv, .ics
              backup [FILE]     the whole store as a zip (by default in DIR/backups/); prints its path
              restore FILE      replaces all data with a backup's, without asking; the data it replaces
                                is backed up first (a damaged data file is kept aside, renamed)

            options:
              --data-dir DIR    the data folder (else $RAPPORT_HOME, else the system's usual place)
              --version         the version;  --help  this text
            DATE looks like 2026-12-01; reports are CSV unless --format table.
            The window must be closed: one Rapport at a time can open a data folder.
            Data protected with a password: the password is read from $RAPPORT_PASSWORD, or else asked for
            (without echo) in a terminal; with neither, the command stops with status 2. A backup sealed with
            another password than the data's is opened the same way.
            Exit status: 0 done, 2 bad input or a missing or wrong password, 1 any other failure.
            """;

    private static final Map<String, Command> COMMANDS = Map.of(
            "readiness", new ReadinessCommand(),
            "followups", new FollowUpsCommand(),
            "export", new ExportCommand(),
            "backup", new BackupCommand(),
            "restore", new RestoreCommand(),
            "import", new ImportCommand());

    private final Path dataDir;
    private final PrintStream out;
    private final PrintStream err;
    private final PasswordSource passwords;

    Cli(Path dataDir, PrintStream out, PrintStream err) {
        this(dataDir, out, err, PasswordSource.ofThisProcess());
    }

    Cli(Path dataDir, PrintStream out, PrintStream err, PasswordSource passwords) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
        this.passwords = passwords;
    }

    /** Runs {@code command} (its name, then its arguments) and returns the exit status. */
    public static int run(Path dataDir, List<String> command) {
        return new Cli(dataDir, standardOutput(), System.err).execute(command);
    }

    int execute(List<String> command) {
        String name = command.getFirst();
        Command known = COMMANDS.get(name);
        if (known == null) {
            err.println("rapport: unknown command " + name);
            err.print(USAGE);
            return BAD_INPUT;
        }
        try {
            known.run(new Invocation(dataDir, command.subList(1, command.size()), out, err, passwords));
            out.flush();
            return OK;
        } catch (BadInputException | UnusableBackupException | PasswordNeededException | WrongPasswordException e) {
            return fail(name, e.getMessage(), BAD_INPUT);
        } catch (DamagedStoreException e) {
            return fail(name, e.getMessage() + " To put a backup in its place (the damaged file is kept aside, "
                    + "renamed), run: rapport restore <backup.zip>. Backups are in " + dataDir.resolve("backups")
                    + ".", FAILED);
        } catch (StoreInUseException e) {
            return fail(name, "Rapport is already open on " + dataDir + ". Close its window, then run the command again.",
                    FAILED);
        } catch (CommandFailedException e) {
            return fail(name, e.getMessage(), FAILED);
        } catch (StoreException | UncheckedIOException e) {
            LoggerFactory.getLogger(Cli.class).warn("{} failed", name, e);
            return fail(name, e.getMessage(), FAILED);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Cli.class).error("{} failed unexpectedly", name, e);
            return fail(name, "failed: " + e + " (details in " + dataDir.resolve("logs") + ")", FAILED);
        }
    }

    private int fail(String name, String message, int status) {
        out.flush();
        err.println(name + ": " + message);
        return status;
    }

    /**
     * A terminal gets text in its own encoding. A pipe or file gets UTF-8 whatever the system's code page, so a
     * CSV with accented names reads the same everywhere.
     */
    private static PrintStream standardOutput() {
        var console = System.console();
        if (console != null && console.isTerminal()) {
            return System.out;
        }
        return new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    }
}
