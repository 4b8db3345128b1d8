package app.rapport.interchange;

import java.util.List;
import java.util.Objects;

/**
 * Everything one file holds, read completely before anything is stored, so that a file that fails half-way
 * leaves nothing behind. {@code skipped} lists rows that were left out whole; {@code warnings} lists rows that
 * were kept without one of their values (an unreadable date, something that is not an email address).
 */
public record ImportBatch(ImportFormat format, String fileName, List<ImportedContact> contacts,
                          List<ImportedRequest> requests, List<RowIssue> skipped, List<RowIssue> warnings) {

    public ImportBatch {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        contacts = List.copyOf(contacts);
        requests = List.copyOf(requests);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
