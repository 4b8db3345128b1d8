package app.rapport.cli;

/** The user asked for something that cannot be done as asked (exit status 2); the message says what. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
