package app.rapport.interchange.archive;

import java.util.HashMap;
import java.util.Map;

/** The ids given so far in one list of the archive, so a second use of one can say where the first was. */
final class UniqueIds {

    private final Map<String, String> entriesById = new HashMap<>();

    /** Reads the entry's required {@code id} field and fails if an earlier entry has the same id. */
    String claim(JsonCursor entry) throws ArchiveFormatException {
        JsonCursor field = entry.field("id");
        String id = field.requiredName().strip();
        String first = entriesById.putIfAbsent(id, entry.path());
        if (first != null) {
            throw field.problem("\"" + id + "\" is already the id of " + first);
        }
        return id;
    }
}
