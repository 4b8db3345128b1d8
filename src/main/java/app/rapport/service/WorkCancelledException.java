package app.rapport.service;

/** The user cancelled a backup, a restore or an export before it changed anything; the message says so. */
public final class WorkCancelledException extends RuntimeException {

    WorkCancelledException(String message) {
        super(message);
    }
}
