package app.rapport.interchange.archive;

import java.util.List;
import java.util.Objects;

import app.rapport.domain.Contact;

/**
 * A contact in an archive with what hangs off it. {@code id} is the contact's key within the file ("c1"), which
 * follow-ups refer to; the store's own id is not part of an archive, so {@code contact} never carries one.
 */
public record ArchivedContact(String id, Contact contact, List<ArchivedLink> links,
                              List<ArchivedInteraction> interactions) {

    public ArchivedContact {
        Objects.requireNonNull(id, "id");
        contact = contact.withId(null);
        links = List.copyOf(links);
        interactions = List.copyOf(interactions);
    }
}
