package app.rapport.ui.startup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import app.rapport.store.DamagedStoreException;
import app.rapport.store.Store;
import app.rapport.store.StoreException;
import app.rapport.store.WrongPasswordException;
import app.rapport.ui.TaskRunner;

/**
 * Unlocking a protected store at start: the password typed, opening the store with it off the FX thread, and
 * what went wrong in words. A wrong password only says so, and the user tries again, as often as they like.
 */
public final class UnlockViewModel {

    static final String WRONG_PASSWORD = "That is not the password. Check that Caps Lock is off, then try again.";

    private final Path dataDir;
    private final Function<char[], Store> opener;
    private final TaskRunner tasks;
    private final Consumer<Store> unlocked;
    private final Consumer<DamagedStoreException> damaged;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canOpen = Bindings.createBooleanBinding(
            () -> !password.get().isEmpty() && !busy.get(), password, busy);

    /**
     * @param opener opens the store with a password (and may throw {@link WrongPasswordException}); it runs on
     *               {@code tasks}' thread
     * @param unlocked gets the opened store, on the FX thread
     * @param damaged gets the store's damage when the right password opened a damaged file, on the FX thread: a
     *                protected store is recovered as an unprotected one is, so the unlock window does not
     *                merely say so
     */
    public UnlockViewModel(Path dataDir, Function<char[], Store> opener, TaskRunner tasks, Consumer<Store> unlocked,
                           Consumer<DamagedStoreException> damaged) {
        this.dataDir = dataDir;
        this.opener = opener;
        this.tasks = tasks;
        this.unlocked = unlocked;
        this.damaged = damaged;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Opens the store with the password typed; the field is emptied, so a retry starts afresh. */
    public void open() {
        if (!canOpen.get()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        problem.set("");
        busy.set(true);
        tasks.run(() -> {
            try {
                return opener.apply(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, store -> {
            busy.set(false);
            unlocked.accept(store);
        }, error -> {
            busy.set(false);
            if (error instanceof DamagedStoreException damage) {
                damaged.accept(damage);
                return;
            }
            problem.set(messageFor(error));
        });
    }

    static String messageFor(Throwable error) {
        if (error instanceof WrongPasswordException) {
            return WRONG_PASSWORD;
        }
        if (error instanceof StoreException) {
            return error.getMessage();
        }
        return "Rapport could not open its data: " + error.getMessage();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canOpen() {
        return canOpen;
    }
}
