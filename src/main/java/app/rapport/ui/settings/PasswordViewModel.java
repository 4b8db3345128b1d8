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
import app.rapport.store.StoreKey;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.TaskRunner;

/**
 * Protecting the data with a password, changing it and removing it from the settings page. Each is a small form
 * (the current password, the new one twice) checked here, then run off the FX thread: stretching the password and
 * re-encrypting the data and backups takes a moment.
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

    public PasswordViewModel(PasswordService passwords, Path backupsFolder, TaskRunner tasks) {
        this.passwords = passwords;
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
     * Checks the form and, when it is complete, makes {@code change} off the FX thread; {@code done} runs on
     * success, when the form can close. A problem is shown in the form, and nothing is changed.
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
        busy.set(true);
        tasks.run(() -> {
            try {
                return switch (change) {
                    case PROTECT -> passwords.protect(replacement);
                    case CHANGE -> passwords.change(old, replacement);
                    case REMOVE -> passwords.remove(old);
                };
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(replacement, '\0');
            }
        }, resealed -> {
            busy.set(false);
            protectedData.set(passwords.isProtected());
            status.set(doneMessage(change, resealed.backupsLeftAsTheyWere()));
            done.run();
        }, error -> {
            busy.set(false);
            problem.set(error instanceof WrongPasswordException
                    ? "That is not the current password. Nothing was changed."
                    : "Nothing was changed: " + error.getMessage());
        });
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
