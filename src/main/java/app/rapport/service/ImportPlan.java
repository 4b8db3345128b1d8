package app.rapport.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.rapport.interchange.archive.Archive;

import app.rapport.interchange.ImportedContact;
import app.rapport.interchange.ImportedRequest;

/**
 * What an import will do, worked out before anything is written, for the preview: each contact new or merged
 * into an existing one, each LinkedIn invitation and whom it belongs to, and every row left out with why.
 */
public record ImportPlan(List<String> files, List<Planned> contacts, List<PlannedRequest> requests,
                         List<SkippedRow> skipped, List<SkippedRow> warnings, Map<String, Archive> archives) {

    public ImportPlan {
        archives = Map.copyOf(archives);
        files = List.copyOf(files);
        contacts = List.copyOf(contacts);
        requests = List.copyOf(requests);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * One contact of the files. {@code target} is the stored contact it merges into (a positive id) or a
     * contact this import creates (a negative stand-in, the same for every row that lands on it); {@code creates}
     * says whether this row is the one that creates it. {@code targetName} names the contact.
     */
    public record Planned(String file, ImportedContact imported, long target, boolean creates, String targetName) {
        public boolean isNew() {
            return creates;
        }
    }

    /** A LinkedIn invitation and the contact it belongs to, with {@code target} and {@code creates} as above. */
    public record PlannedRequest(String file, ImportedRequest request, long target, boolean creates,
                                 String targetName) {
    }

    /** A row of a file: which file, which line, and what about it. */
    public record SkippedRow(String file, int line, String reason) {
        public String message() {
            return file + ", line " + line + ": " + reason;
        }
    }

    /**
     * Rows of one file with the same reason, once: "Connections.csv: 726 rows: Connected On "…" is not a date;
     * imported without it (lines 5, 6, 7, …)" rather than 726 lines of standard error or of the wizard's list.
     * Reasons that differ only in the value they quote are the same reason.
     */
    public record RowGroup(String file, String reason, List<Integer> lines) {

        private static final int LINES_SHOWN = 10;
        private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

        public RowGroup {
            lines = List.copyOf(lines);
        }

        static List<RowGroup> of(List<SkippedRow> rows) {
            Map<List<String>, List<SkippedRow>> byReason = new LinkedHashMap<>();
            for (SkippedRow row : rows) {
                byReason.computeIfAbsent(List.of(row.file(), QUOTED.matcher(row.reason()).replaceAll("\"…\"")),
                        key -> new ArrayList<>()).add(row);
            }
            return byReason.entrySet().stream().map(group -> {
                List<SkippedRow> same = group.getValue();
                String reason = same.size() == 1 ? same.getFirst().reason() : group.getKey().get(1);
                return new RowGroup(group.getKey().get(0), reason, same.stream().map(SkippedRow::line).toList());
            }).toList();
        }

        public String message() {
            if (lines.size() == 1) {
                return file + ", line " + lines.getFirst() + ": " + reason;
            }
            String shown = lines.stream().limit(LINES_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
            return String.format("%s: %,d rows: %s (lines %s%s)", file, lines.size(), reason, shown,
                    lines.size() > LINES_SHOWN ? ", …" : "");
        }
    }

    public long newContacts() {
        return contacts.stream().filter(Planned::isNew).count()
                + requests.stream().filter(PlannedRequest::creates).count();
    }

    /** Rows that land on a contact already there (or made by another row): contacts and invitations alike. */
    public long mergedContacts() {
        return contacts.stream().filter(planned -> !planned.isNew()).count()
                + requests.stream().filter(planned -> !planned.creates()).count();
    }

    /** The skipped rows, those with the same reason in one file told once with all their lines. */
    public List<RowGroup> groupedSkipped() {
        return RowGroup.of(skipped);
    }

    /** The notes about rows kept without a value, grouped like {@link #groupedSkipped()}. */
    public List<RowGroup> groupedWarnings() {
        return RowGroup.of(warnings);
    }

    public int work() {
        return contacts.size() + requests.size();
    }
}
