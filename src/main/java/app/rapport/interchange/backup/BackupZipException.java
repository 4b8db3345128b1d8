package app.rapport.interchange.backup;

/** A file that cannot be read as a Rapport backup; the message says why, in words for the user. */
public final class BackupZipException extends RuntimeException {

    public BackupZipException(String message) {
        super(message);
    }
}
