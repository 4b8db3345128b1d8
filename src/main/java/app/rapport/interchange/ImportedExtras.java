package app.rapport.interchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file says about a person that Rapport has no field for (a nickname, postal addresses, websites, chat
 * handles, a second organization or title, a middle name, a prefix or suffix): kept in the contact's notes under
 * a "From the import" heading, one "Label: value" line each, rather than lost.
 */
public final class ImportedExtras {

    public static final String HEADING = "From the import";

    private final Set<String> lines = new LinkedHashSet<>();

    /** Adds "label: value" unless the value is blank; the same line twice is kept once. */
    public ImportedExtras add(String label, String value) {
        String text = value == null ? "" : value.strip().replaceAll("\\s*[\\r\\n]+\\s*", ", ");
        if (!text.isEmpty()) {
            lines.add(label + ": " + text);
        }
        return this;
    }

    public ImportedExtras addAll(String label, List<String> values) {
        values.forEach(value -> add(label, value));
        return this;
    }

    /** The notes the file gave, followed by the section, if there is anything for it. */
    public String appendTo(String notes) {
        if (lines.isEmpty()) {
            return notes;
        }
        List<String> parts = new ArrayList<>();
        if (!notes.isBlank()) {
            parts.add(notes.strip());
        }
        parts.add(HEADING + ":\n" + lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n")));
        return String.join("\n\n", parts);
    }
}
