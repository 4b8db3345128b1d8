package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import app.rapport.service.BackupService;
import app.rapport.service.StoreRecovery;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.PasswordNeededException;

/**
 * {@code restore FILE}: replaces all data with a backup's, without asking (commands never wait for an answer,
 * so they can run from scripts). The data it replaces is backed up first, and the message says where; a data
 * file too damaged to open is kept aside under a new name instead.
 */
final class RestoreCommand implements Command {

    static final String USAGE = "restore FILE";

    @Override
    public void run(Invocation invocation) {
        Path backup = FileArguments.existing(invocation.arguments().positional(1, 1, USAGE).getFirst());
        Clock clock = Clock.systemDefaultZone();
        try {
            BackupService.Restored restored = invocation.withServices(clock,
                    services -> restore(services.backups(), backup, invocation.passwords()));
            report(invocation, restored.contacts(), restored.backup());
            invocation.out().println("The data it replaced is saved in " + restored.previousData());
        } catch (DamagedStoreException damaged) {
            StoreRecovery.Recovered recovered = new StoreRecovery(invocation.dataDir(), clock).restore(backup);
            recovered.store().close();
            report(invocation, recovered.contacts(), recovered.backup());
            invocation.out().println("The damaged data file it replaced is kept as " + recovered.damagedFile());
        }
    }

    private static void report(Invocation invocation, int contacts, Path backup) {
        invocation.out().println("Restored " + contacts + (contacts == 1 ? " contact" : " contacts") + " from " + backup
                + " into " + invocation.dataDir() + ".");
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
