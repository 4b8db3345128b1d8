package app.rapport.ui.startup;

import java.nio.file.Path;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.StoreRecovery;
import app.rapport.service.WorkCancelledException;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/**
 * What the recovery dialog says and does when the data file is damaged at start: restore the newest backup or
 * one the user picks, off the FX thread, and on failure say why and let them choose again.
 */
public final class RecoveryViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final StoreRecovery recovery;
    private final DamagedStoreException problem;
    private final TaskRunner tasks;
    private final Optional<StoreRecovery.Backup> latest;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StoreRecovery.Recovered> recovered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> passwordNeeded = new ReadOnlyObjectWrapper<>();
    private final WorkWatch watch;

    public RecoveryViewModel(StoreRecovery recovery, DamagedStoreException problem, TaskRunner tasks) {
        this(recovery, problem, tasks, new WorkWatch());
    }

    /** With the watch that shows the progress and takes the Cancel; a test's may hold the restore at a step. */
    RecoveryViewModel(StoreRecovery recovery, DamagedStoreException problem, TaskRunner tasks, WorkWatch watch) {
        this.watch = watch;
        this.recovery = recovery;
        this.problem = problem;
        this.tasks = tasks;
        this.latest = recovery.latestBackup();
    }

    public String headline() {
        return "Rapport's data file is damaged";
    }

    public String explanation() {
        String common = "Rapport cannot read " + problem.databaseFile() + ". A crash, a full disk or another program "
                + "may have cut it short or overwritten it. Rapport has not changed it.";
        if (latest.isEmpty()) {
            return common + "\n\nThere is no backup in " + recovery.backupsFolder() + ". If you have one elsewhere "
                    + "(another folder, a USB stick), choose it. Otherwise quit: the damaged file stays where it "
                    + "is, and Rapport will not start an empty store over it.";
        }
        return common + "\n\nRestoring a backup keeps the damaged file in the same folder under a new name, "
                + "then puts the backup's data in its place.";
    }

    public boolean hasLatestBackup() {
        return latest.isPresent();
    }

    /** The first choice's label, with the backup's date and, on a second line, its name; "" without one. */
    public String restoreLatestLabel() {
        return latest.map(backup -> "Restore the latest backup (" + backup.written().format(WHEN) + ")\n"
                + backup.file().getFileName()).orElse("");
    }

    public Path backupsFolder() {
        return recovery.backupsFolder();
    }

    public void restoreLatest() {
        latest.ifPresent(backup -> restore(backup.file()));
    }

    public void restore(Path backup) {
        restore(backup, null);
    }

    /**
     * Restores the backup that asked for a password (see {@link #passwordNeededProperty}) with {@code password};
     * the array is cleared.
     */
    public void restoreWithPassword(char[] password) {
        Path backup = passwordNeeded.get();
        if (backup == null || password.length == 0) {
            Arrays.fill(password, '\0');
            return;
        }
        restore(backup, password);
    }

    private void restore(Path backup, char[] password) {
        if (busy.get()) {
            return;
        }
        watch.start();
        busy.set(true);
        failure.set("");
        passwordNeeded.set(null);
        progress.set("Restoring " + backup.getFileName() + "\u2026");
        tasks.run(() -> {
            try {
                return recovery.restore(backup, password, watch);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, done -> {
            busy.set(false);
            progress.set("");
            recovered.set(done);
        }, error -> {
            busy.set(false);
            progress.set("");
            if (error instanceof PasswordNeededException || error instanceof WrongPasswordException) {
                passwordNeeded.set(backup);
                failure.set(password == null
                        ? backup.getFileName() + " is protected with a password. Enter it to restore the backup."
                        : "That is not the password of " + backup.getFileName() + ". Try again, choose another "
                                + "backup, or quit.");
                return;
            }
            if (error instanceof WorkCancelledException) {
                failure.set(error.getMessage() + " Restore a backup, or quit.");
                return;
            }
            String why = error.getMessage() == null ? "The restore failed unexpectedly." : error.getMessage();
            failure.set(why + " Choose another backup, or quit.");
        });
    }

    /** Stops the restore under way, if it has not yet come to the point where it cannot stop. */
    public void cancel() {
        if (busy.get()) {
            watch.cancel();
        }
    }

    /** The progress of the restore under way, and its Cancel. */
    public WorkWatch watch() {
        return watch;
    }

    /** The backup that needs its password to be restored, or null. */
    public ReadOnlyObjectProperty<Path> passwordNeededProperty() {
        return passwordNeeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Set once a backup is restored: the dialog then closes and the window opens on this store. */
    public ReadOnlyObjectProperty<StoreRecovery.Recovered> recoveredProperty() {
        return recovered.getReadOnlyProperty();
    }

    /** What the window says once it is open: where the data came from and where the damaged file is now. */
    public static String noticeAfter(StoreRecovery.Recovered done) {
        String restored = String.format("Restored %,d contact%s from %s.", done.contacts(),
                done.contacts() == 1 ? "" : "s", done.backup().getFileName());
        if (done.damagedFile() == null) {
            return restored;
        }
        return restored + " The damaged data file is kept as " + done.damagedFile() + "; delete it once you "
                + "are sure nothing is missing.";
    }
}
