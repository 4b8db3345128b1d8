package app.rapport.store;

/** A backup file Rapport cannot restore from; thrown before the data is touched, so nothing was changed. */
public final class UnusableBackupException extends StoreException {

    public UnusableBackupException(String message) {
        super(message);
    }

    public UnusableBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
