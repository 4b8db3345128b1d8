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

/** Backing up on demand, restoring a backup and undoing that, off the FX thread, with what happened in words. */
public final class BackupsViewModel {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final Runnable afterRestore;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackupService.Restored> lastRestore = new ReadOnlyObjectWrapper<>();
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

    /**
     * Replaces every contact with the backup's; the data it replaces is backed up first, and the restore can
     * be undone from that copy.
     */
    public void restore(Path zip) {
        restore(zip, null);
    }

    /**
     * {@link #restore(Path)} with the password of a backup sealed with another one than the data's (null for the
     * data's own); the array is cleared. When the backup needs a password, {@link #passwordNeededProperty} names it.
     */
    public void restore(Path zip, char[] password) {
        busy.set(true);
        lastRestore.set(null);
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
            status.set("Restored " + contacts(restored.contacts()) + " from " + zip.getFileName()
                    + ". What was here before is kept in " + restored.previousData().getFileName() + ".");
            lastRestore.set(restored);
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

    /**
     * Puts back the data the last restore replaced, from the copy it saved first. That makes one more copy (of
     * the restored data) like any restore, but there is nothing further to undo: the user sees one undo.
     */
    public void undoRestore() {
        BackupService.Restored restored = lastRestore.get();
        if (restored == null || busy.get()) {
            return;
        }
        lastRestore.set(null);
        busy.set(true);
        status.set("Putting back the data from before the restore\u2026");
        tasks.run(() -> backups.restore(restored.previousData()), undone -> {
            busy.set(false);
            status.set("The restore of " + restored.backup().getFileName() + " is undone: the "
                    + contacts(undone.contacts()) + " from before it are back.");
            afterRestore.run();
        }, this::fail);
    }

    /** The last restore, while it can be undone; null once undone or when there was none this session. */
    public ReadOnlyObjectProperty<BackupService.Restored> lastRestoreProperty() {
        return lastRestore.getReadOnlyProperty();
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

    private static String contacts(int count) {
        return count + (count == 1 ? " contact" : " contacts");
    }
}
