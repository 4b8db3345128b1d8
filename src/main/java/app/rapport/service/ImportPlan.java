package app.rapport.service;

import java.util.List;
import java.util.Map;

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

    public long newContacts() {
        return contacts.stream().filter(Planned::isNew).count()
                + requests.stream().filter(PlannedRequest::creates).count();
    }

    public long mergedContacts() {
        return contacts.stream().filter(planned -> !planned.isNew()).count();
    }

    public int work() {
        return contacts.size() + requests.size();
    }
}
