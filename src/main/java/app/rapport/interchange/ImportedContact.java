package app.rapport.interchange;

import java.util.List;
import java.util.Objects;

import app.rapport.domain.Contact;

/**
 * One person read from a file, with the line the row starts on (for messages about it later, when the service
 * validates or merges it), the links the file implies and a profile URL to match duplicates by ("" if none).
 * The contact has no id and no {@code addedOn}: the importing service sets those.
 */
public record ImportedContact(int line, Contact contact, List<ImportedLink> links, String profileUrl) {

    public ImportedContact {
        Objects.requireNonNull(contact, "contact");
        links = List.copyOf(links);
        profileUrl = profileUrl == null ? "" : profileUrl.strip();
    }
}
