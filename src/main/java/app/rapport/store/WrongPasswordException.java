package app.rapport.store;

/** A password was given, and it is not the one the data (or a backup) is protected with. */
public final class WrongPasswordException extends StoreException {

    public WrongPasswordException(String message) {
        super(message);
    }

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
