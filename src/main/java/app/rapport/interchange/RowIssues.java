package app.rapport.interchange;

import java.util.ArrayList;
import java.util.List;

/** The skipped rows and warnings collected while one file is read. */
final class RowIssues {

    private final List<RowIssue> skipped = new ArrayList<>();
    private final List<RowIssue> warnings = new ArrayList<>();

    void skip(int line, String reason) {
        skipped.add(new RowIssue(line, reason));
    }

    void warn(int line, String reason) {
        warnings.add(new RowIssue(line, reason));
    }

    List<RowIssue> skipped() {
        return List.copyOf(skipped);
    }

    List<RowIssue> warnings() {
        return List.copyOf(warnings);
    }
}
