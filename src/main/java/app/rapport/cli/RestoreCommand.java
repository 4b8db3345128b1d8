package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import app.rapport.service.BackupService;
import app.rapport.store.PasswordNeededException;

/**
 * {@code restore FILE}: replaces all data with a backup's, without asking (commands never wait for an answer,
 * so they can run from scripts). The data it replaces is backed up first, and the message says where.
 */
final class RestoreCommand implements Command {

    static final String USAGE = "restore FILE";

    @Override
    public void run(Invocation invocation) {
        Path backup = FileArguments.existing(invocation.arguments().positional(1, 1, USAGE).getFirst());
        BackupService.Restored restored = invocation.withServices(Clock.systemDefaultZone(),
                services -> restore(services.backups(), backup, invocation.passwords()));
        invocation.out().println("Restored " + restored.contacts() + " contacts from " + restored.backup() + " into "
                + invocation.dataDir() + ".");
        invocation.out().println("The data it replaced is saved in " + restored.previousData());
    }

    /** A backup sealed with another password than the store's is opened with the one given for it. */
    private static BackupService.Restored restore(BackupService backups, Path backup, PasswordSource passwords) {
        try {
            return backups.restore(backup);
        } catch (PasswordNeededException e) {
            char[] password = passwords.password("the backup " + backup);
            try {
                return backups.restore(backup, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
