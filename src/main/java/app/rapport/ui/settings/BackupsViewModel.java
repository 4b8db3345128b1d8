package app.rapport.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.BackupService;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.TaskRunner;

/** Backing up on demand and restoring a backup, off the FX thread, with what happened in words. */
public final class BackupsViewModel {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final Runnable afterRestore;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> passwordNeeded = new ReadOnlyObjectWrapper<>();

    public BackupsViewModel(BackupService backups, TaskRunner tasks, Runnable afterRestore) {
        this.backups = backups;
        this.tasks = tasks;
        this.afterRestore = afterRestore;
    }

    public Path folder() {
        return backups.folder();
    }

    public void backUpNow() {
        busy.set(true);
        status.set("Backing up\u2026");
        tasks.run(() -> backups.backup(null), file -> {
            busy.set(false);
            status.set("Saved " + file.getFileName() + " in " + file.getParent() + ".");
        }, this::fail);
    }

    /** Replaces every contact with the backup's; the data it replaces is backed up first. */
    public void restore(Path zip) {
        restore(zip, null);
    }

    /**
     * {@link #restore(Path)} with the password of a backup sealed with another one than the data's (null for the
     * data's own); the array is cleared. When the backup needs a password, {@link #passwordNeededProperty} names it.
     */
    public void restore(Path zip, char[] password) {
        busy.set(true);
        passwordNeeded.set(null);
        status.set("Restoring " + zip.getFileName() + "\u2026");
        tasks.run(() -> {
            try {
                return backups.restore(zip, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, restored -> {
            busy.set(false);
            status.set("Restored " + restored.contacts() + " contacts from " + zip.getFileName()
                    + ". What was here before is kept in " + restored.previousData().getFileName() + ".");
            afterRestore.run();
        }, error -> {
            if (error instanceof PasswordNeededException || error instanceof WrongPasswordException) {
                busy.set(false);
                status.set(error.getMessage());
                passwordNeeded.set(zip);
            } else {
                fail(error);
            }
        });
    }

    /** The backup whose password is to be asked for, or null. */
    public ReadOnlyObjectProperty<Path> passwordNeededProperty() {
        return passwordNeeded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void fail(Throwable error) {
        busy.set(false);
        status.set("Nothing was changed: " + error.getMessage());
    }
}
