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
        return protect(password, WorkProgress.NONE);
    }

    /**
     * {@link #protect(char[])}, telling {@code progress} how far it has got.
     *
     * @throws WorkCancelledException when Cancel was pressed before the data was encrypted; nothing was changed
     */
    public Resealed protect(char[] password, WorkProgress progress) {
        if (store.isProtected()) {
            throw new IllegalStateException("The data already has a password; change it instead.");
        }
        StoreKey key = acceptable(password);
        rekey(key, "Encrypting your data", "your data still has no password.", progress);
        return new Resealed(backups.reseal(null, key, progress));
    }

    /** Replaces the password {@code current} with {@code next}. */
    public Resealed change(char[] current, char[] next) {
        return change(current, next, WorkProgress.NONE);
    }

    /** {@link #change(char[], char[])}, telling {@code progress} how far it has got; see {@link #protect}. */
    public Resealed change(char[] current, char[] next, WorkProgress progress) {
        StoreKey old = verified(current);
        StoreKey key = acceptable(next);
        rekey(key, "Encrypting your data with the new password", "your data keeps its password.", progress);
        return new Resealed(backups.reseal(old, key, progress));
    }

    /** Removes the password {@code current}: the data and the backups in the folder are plain again. */
    public Resealed remove(char[] current) {
        return remove(current, WorkProgress.NONE);
    }

    /** {@link #remove(char[])}, telling {@code progress} how far it has got; see {@link #protect}. */
    public Resealed remove(char[] current, WorkProgress progress) {
        StoreKey old = verified(current);
        rekey(null, "Decrypting your data", "your data keeps its password.", progress);
        return new Resealed(backups.reseal(old, null, progress));
    }

    /** The store's part, which a Cancel stops until the new file is checked and takes the old one's place. */
    private void rekey(StoreKey key, String step, String kept, WorkProgress progress) {
        String cancelled = "Cancelled. Nothing was changed: " + kept;
        progress.stopIfCancelled(cancelled);
        store.changeKey(key, (at, done, total) -> {
            progress.stopIfCancelled(cancelled);
            switch (at) {
                case ENCRYPTING -> progress.worked(step, done, total);
                case CHECKING -> progress.worked("Checking that your data opens", 0, 0);
                case REPLACING -> {
                    // Only the Cancel above: past here, the data has its new password.
                }
            }
        });
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
