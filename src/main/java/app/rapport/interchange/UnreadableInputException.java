package app.rapport.interchange;

import java.io.IOException;

/**
 * Raised from inside the reader chain under the CSV parser (which only lets I/O exceptions through) when the
 * bytes themselves are wrong; it carries the line so the user's message can name it.
 */
final class UnreadableInputException extends IOException {

    private final int line;

    UnreadableInputException(int line, String problem) {
        super(problem);
        this.line = line;
    }

    int line() {
        return line;
    }
}
