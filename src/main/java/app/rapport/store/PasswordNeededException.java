package app.rapport.store;

/** The data (or a backup) is protected with a password and none was given. */
public final class PasswordNeededException extends StoreException {

    public PasswordNeededException(String message) {
        super(message);
    }
}
