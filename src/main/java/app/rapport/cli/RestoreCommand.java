package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;

import app.rapport.service.BackupService;

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
                services -> services.backups().restore(backup));
        invocation.out().println("Restored " + restored.contacts() + " contacts from " + restored.backup() + " into "
                + invocation.dataDir() + ".");
        invocation.out().println("The data it replaced is saved in " + restored.previousData());
    }
}
