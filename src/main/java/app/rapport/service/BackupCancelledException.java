package app.rapport.service;

/** The user cancelled a backup or a restore before it changed anything; the message says what was kept. */
public final class BackupCancelledException extends RuntimeException {

    BackupCancelledException(String message) {
        super(message);
    }
}
