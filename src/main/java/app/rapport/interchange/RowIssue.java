package app.rapport.interchange;

/** Why one row of a file was skipped, or what was left out of it: "line 7: no name". */
public record RowIssue(int line, String reason) {

    public String message() {
        return "line " + line + ": " + reason;
    }
}
