package app.rapport.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import app.rapport.service.PasswordService;
import app.rapport.service.WorkCancelledException;
import app.rapport.store.StoreKey;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/**
 * Protecting the data with a password, changing it and removing it from the settings page. Each is a small form
 * (the current password, the new one twice) checked here, then run off the FX thread with its progress and a
 * Cancel: re-encrypting the data and re-sealing the backups takes seconds with thousands of contacts.
 */
public final class PasswordViewModel {

    /** What the form is for; each asks for other fields. */
    public enum Change {
        PROTECT(false, true), CHANGE(true, true), REMOVE(true, false);

        private final boolean asksCurrent;
        private final boolean asksNew;

        Change(boolean asksCurrent, boolean asksNew) {
            this.asksCurrent = asksCurrent;
            this.asksNew = asksNew;
        }

        public boolean asksCurrent() {
            return asksCurrent;
        }

        public boolean asksNew() {
            return asksNew;
        }
    }

    private final PasswordService passwords;
    private final Path backupsFolder;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper protectedData = new ReadOnlyBooleanWrapper();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final WorkWatch watch;

    public PasswordViewModel(PasswordService passwords, Path backupsFolder, TaskRunner tasks) {
        this(passwords, backupsFolder, tasks, new WorkWatch());
    }

    /** With the watch that shows the progress and takes the Cancel; a test's may hold the work at a step. */
    PasswordViewModel(PasswordService passwords, Path backupsFolder, TaskRunner tasks, WorkWatch watch) {
        this.passwords = passwords;
        this.watch = watch;
        this.backupsFolder = backupsFolder;
        this.tasks = tasks;
        protectedData.set(passwords.isProtected());
    }

    /** Empties the form, as a new one opens. */
    public void begin() {
        current.set("");
        next.set("");
        confirmation.set("");
        problem.set("");
    }

    /**
     * Checks the form and, when it is complete, makes {@code change} off the FX thread; {@code done} runs when
     * the form can close: the change is made, or it was cancelled (the status says which). A problem is shown in
     * the form, and nothing is changed.
     */
    public void submit(Change change, Runnable done) {
        String invalid = problemWith(change);
        if (invalid != null) {
            problem.set(invalid);
            return;
        }
        char[] old = current.get().toCharArray();
        char[] replacement = next.get().toCharArray();
        begin();
        watch.start();
        busy.set(true);
        tasks.run(() -> {
            try {
                return switch (change) {
                    case PROTECT -> passwords.protect(replacement, watch);
                    case CHANGE -> passwords.change(old, replacement, watch);
                    case REMOVE -> passwords.remove(old, watch);
                };
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(replacement, '\0');
            }
        }, resealed -> {
            // Protected first, so that whatever follows the work's end sees the buttons the card now shows.
            protectedData.set(passwords.isProtected());
            busy.set(false);
            status.set(doneMessage(change, resealed.backupsLeftAsTheyWere()));
            done.run();
        }, error -> {
            busy.set(false);
            if (error instanceof WorkCancelledException) {
                status.set(error.getMessage());
                done.run();
                return;
            }
            problem.set(error instanceof WrongPasswordException
                    ? "That is not the current password. Nothing was changed."
                    : "Nothing was changed: " + error.getMessage());
        });
    }

    /** Stops the change under way, if it has not yet come to the point where it cannot stop. */
    public void cancel() {
        if (busy.get()) {
            watch.cancel();
        }
    }

    /** The progress of the change under way. */
    public WorkWatch watch() {
        return watch;
    }

    private String problemWith(Change change) {
        if (change.asksCurrent() && current.get().isEmpty()) {
            return "Enter the current password.";
        }
        if (change.asksNew()) {
            if (next.get().length() < StoreKey.MINIMUM_LENGTH) {
                return "The new password needs at least " + StoreKey.MINIMUM_LENGTH + " characters.";
            }
            if (!next.get().equals(confirmation.get())) {
                // Which of the two is mistyped cannot be seen in a password field, so both start again.
                next.set("");
                confirmation.set("");
                return "The two new passwords are not the same. Type them again.";
            }
        }
        return null;
    }

    private String doneMessage(Change change, int left) {
        String message = switch (change) {
            case PROTECT -> "Your data and the backups in " + backupsFolder + " are now protected with your password. "
                    + "Rapport asks for it when it starts.";
            case CHANGE -> "The password is changed, for your data and the backups in " + backupsFolder + ".";
            case REMOVE -> "The password is removed: your data and the backups in " + backupsFolder
                    + " open without one again.";
        };
        if (left > 0) {
            message += " " + (left == 1 ? "One backup there" : left + " backups there") + " could not be opened "
                    + "(made with an older password, or damaged) and " + (left == 1 ? "was left as it was."
                    : "were left as they were.");
        }
        return message;
    }

    public ReadOnlyBooleanProperty protectedProperty() {
        return protectedData.getReadOnlyProperty();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
