package app.rapport.interchange;

/** A row that cannot become a contact; the message is the reason shown to the user. */
final class RowRejected extends Exception {

    RowRejected(String reason) {
        // Thrown once per bad row, possibly thousands of times: a stack trace would only cost time.
        super(reason, null, false, false);
    }
}
