package app.rapport.store;

/**
 * The store could not write to its folder's disk (full, or read-only). Whatever was being saved was rolled back
 * whole, so the data is as it was before; the message says what the user can do about it.
 */
public abstract class StoreWriteException extends StoreException {

    protected StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
