package app.rapport.service;

import java.util.List;

import app.rapport.domain.FieldError;
import app.rapport.store.Store;
import app.rapport.store.StoreKey;
import app.rapport.store.WrongPasswordException;

/**
 * Protecting the data with a password, changing the password and removing it. Each re-encrypts the database file
 * and then re-seals the backups in the backups folder to match, so no backup there is left readable without the
 * password, nor sealed with one the user no longer knows. Slow on purpose (the password is stretched), so the UI
 * calls it off the FX thread. The caller owns the password arrays and should clear them.
 */
public final class PasswordService {

    /** What a change did to the backups: how many in the folder could not be re-written and were left as they were. */
    public record Resealed(int backupsLeftAsTheyWere) {
    }

    private final Store store;
    private final BackupService backups;

    public PasswordService(Store store, BackupService backups) {
        this.store = store;
        this.backups = backups;
    }

    public boolean isProtected() {
        return store.isProtected();
    }

    /** Protects the data, which has no password yet, with {@code password}. */
    public Resealed protect(char[] password) {
        if (store.isProtected()) {
            throw new IllegalStateException("The data already has a password; change it instead.");
        }
        StoreKey key = acceptable(password);
        store.changeKey(key);
        return new Resealed(backups.reseal(null, key));
    }

    /** Replaces the password {@code current} with {@code next}. */
    public Resealed change(char[] current, char[] next) {
        StoreKey old = verified(current);
        StoreKey key = acceptable(next);
        store.changeKey(key);
        return new Resealed(backups.reseal(old, key));
    }

    /** Removes the password {@code current}: the data and the backups in the folder are plain again. */
    public Resealed remove(char[] current) {
        StoreKey old = verified(current);
        store.changeKey(null);
        return new Resealed(backups.reseal(old, null));
    }

    private StoreKey verified(char[] current) {
        if (!store.isProtected()) {
            throw new IllegalStateException("The data has no password.");
        }
        if (current.length == 0 || !store.key().orElseThrow().sameAs(StoreKey.fromPassword(current))) {
            throw new WrongPasswordException("That is not the current password. Nothing was changed.");
        }
        return store.key().orElseThrow();
    }

    private static StoreKey acceptable(char[] password) {
        if (password.length < StoreKey.MINIMUM_LENGTH) {
            throw new ValidationException(List.of(new FieldError("password",
                    "A password needs at least " + StoreKey.MINIMUM_LENGTH + " characters.")));
        }
        return StoreKey.fromPassword(password);
    }
}
