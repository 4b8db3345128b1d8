package app.rapport.cli;

/** A command could not do its work although it was asked correctly (exit status 1); the message says why. */
final class CommandFailedException extends RuntimeException {

    CommandFailedException(String message) {
        super(message);
    }
}
