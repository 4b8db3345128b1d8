package app.rapport.interchange.vcard;

import java.util.List;
import java.util.Objects;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;

/** A stored contact with its links, as the vCard export needs it. */
public record ContactCard(Contact contact, List<Link> links) {

    public ContactCard {
        Objects.requireNonNull(contact, "contact");
        links = List.copyOf(links);
    }
}
