package app.rapport.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.BackupService;
import app.rapport.service.WorkCancelledException;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.DialogService;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;
import app.rapport.ui.home.HomeWords;

/** Backing up on demand, restoring a backup and undoing that, off the FX thread, with what happened in words. */
public final class BackupsViewModel {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackupService.Restored> lastRestore = new ReadOnlyObjectWrapper<>();
    private final WorkWatch watch;

    public BackupsViewModel(BackupService backups, TaskRunner tasks, DialogService dialogs) {
        this(backups, tasks, dialogs, new WorkWatch());
    }

    /** With the watch that shows the progress and takes the Cancel; a test's may hold the work at a step. */
    BackupsViewModel(BackupService backups, TaskRunner tasks, DialogService dialogs, WorkWatch watch) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.watch = watch;
    }

    public Path folder() {
        return backups.folder();
    }

    public void backUpNow() {
        // The progress row says what is being done.
        begin("");
        tasks.run(() -> backups.backup(null, watch), file -> {
            busy.set(false);
            status.set("Saved " + file.getFileName() + " in " + file.getParent() + ".");
        }, this::fail);
    }

    /** Asks which backup, and to confirm that it replaces everything, then restores it. */
    public void chooseAndRestore() {
        dialogs.chooseFileToOpen("Choose a Rapport backup", backups.folder(),
                List.of(new DialogService.FileType("Rapport backups (*.zip)", "*.zip")))
                .filter(zip -> dialogs.confirm("Restore this backup?", "All your contacts, interactions and "
                        + "follow-ups are replaced by those in " + zip.getFileName() + ". A copy of what is here now "
                        + "is saved first.", "Restore"))
                .ifPresent(this::restore);
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
     * data's own); the array is cleared. When the backup needs another password, it is asked for.
     */
    public void restore(Path zip, char[] password) {
        lastRestore.set(null);
        begin("Restoring " + zip.getFileName() + "\u2026");
        tasks.run(() -> {
            try {
                return backups.restore(zip, password, watch);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, restored -> {
            busy.set(false);
            status.set("Restored " + HomeWords.contacts(restored.contacts()) + " from " + zip.getFileName()
                    + ". What was here before is kept in " + restored.previousData().getFileName() + ".");
            lastRestore.set(restored);
        }, error -> {
            if (error instanceof PasswordNeededException || error instanceof WrongPasswordException) {
                busy.set(false);
                status.set(error.getMessage());
                dialogs.askPassword("The password of " + zip.getFileName(), "This backup is protected with a "
                        + "password other than your data's, perhaps an earlier one. Enter the password it was made "
                        + "with.").ifPresent(asked -> restore(zip, asked));
            } else {
                fail(error);
            }
        });
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
        begin("Putting back the data from before the restore\u2026");
        tasks.run(() -> backups.restore(restored.previousData(), null, watch), undone -> {
            busy.set(false);
            status.set("The restore of " + restored.backup().getFileName() + " is undone: the "
                    + HomeWords.contacts(undone.contacts()) + " from before it are back.");
        }, error -> {
            if (error instanceof WorkCancelledException) {
                lastRestore.set(restored);
            }
            fail(error);
        });
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

    /** Stops the backup or restore under way, if it has not yet come to the point where it cannot stop. */
    public void cancel() {
        if (busy.get()) {
            watch.cancel();
        }
    }

    /** The progress of the backup or restore under way, and its Cancel. */
    public WorkWatch watch() {
        return watch;
    }

    private void begin(String what) {
        watch.start();
        busy.set(true);
        status.set(what);
    }

    private void fail(Throwable error) {
        busy.set(false);
        // A Cancel's own words say what was kept.
        status.set(error instanceof WorkCancelledException ? error.getMessage()
                : "Nothing was changed: " + error.getMessage());
    }
}
