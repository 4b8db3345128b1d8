package app.rapport.interchange.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactRules;
import app.rapport.domain.FieldError;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/** Reads the archive's contacts with their links and interactions, holding each to the rules a stored one meets. */
final class ContactsSection {

    private final Set<String> platformIds;
    private final LocalDate importDay;

    ContactsSection(Set<String> platformIds, LocalDate importDay) {
        this.platformIds = platformIds;
        this.importDay = importDay;
    }

    List<ArchivedContact> read(JsonCursor contacts) throws ArchiveFormatException {
        List<ArchivedContact> read = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        List<JsonCursor> withFields = new ArrayList<>();
        for (JsonCursor entry : contacts.objects()) {
            read.add(new ArchivedContact(ids.claim(entry), contact(entry), links(entry.field("links")),
                    interactions(entry.field("interactions"), withFields)));
        }
        Set<String> known = new HashSet<>();
        read.forEach(contact -> known.add(contact.id()));
        for (JsonCursor with : withFields) {
            for (String other : with.strings()) {
                if (!known.contains(other)) {
                    throw with.problem("no contact has the id \"" + other + "\"");
                }
            }
        }
        return read;
    }

    private Contact contact(JsonCursor entry) throws ArchiveFormatException {
        Contact contact = new Contact(null,
                entry.field("displayName").requiredText(),
                entry.field("givenName").text(""),
                entry.field("familyName").text(""),
                entry.field("organization").text(""),
                entry.field("role").text(""),
                entry.field("category").enumValue(Category.class, Category.UNDECIDED),
                entry.field("relationship").enumValue(Relationship.class, Relationship.OTHER),
                entry.field("emails").strings(),
                entry.field("phones").strings(),
                entry.field("tags").strings(),
                entry.field("notes").text(""),
                entry.field("howWeMet").text(""),
                entry.field("metOn").date(null),
                entry.field("addedOn").date(importDay),
                entry.field("vouchForThem").text(""),
                entry.field("vouchForMe").text(""),
                entry.field("keepInTouchWeeks").integer(null),
                entry.field("birthday").date(null),
                entry.field("archived").bool(false));
        List<FieldError> errors = ContactRules.validate(contact, importDay);
        if (!errors.isEmpty()) {
            // FieldError names the Contact component, which is also the archive's field name.
            throw entry.field(errors.getFirst().field()).problem(errors.getFirst().message());
        }
        return contact;
    }

    private List<ArchivedLink> links(JsonCursor links) throws ArchiveFormatException {
        List<ArchivedLink> read = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (JsonCursor entry : links.objects()) {
            JsonCursor platformField = entry.field("platform");
            String platform = platformField.requiredName();
            if (!platformIds.contains(platform)) {
                throw platformField.problem("no platform has the id \"" + platform + "\"");
            }
            if (!linked.add(platform)) {
                throw platformField.problem("a second link to \"" + platform + "\"");
            }
            read.add(new ArchivedLink(platform, entry.field("state").requiredEnum(LinkState.class),
                    entry.field("since").requiredDate(), entry.field("handle").text("")));
        }
        return read;
    }

    /** @param withFields collects each interaction's "with", checked once every contact id is known */
    private static List<ArchivedInteraction> interactions(JsonCursor interactions, List<JsonCursor> withFields)
            throws ArchiveFormatException {
        List<ArchivedInteraction> read = new ArrayList<>();
        for (JsonCursor entry : interactions.objects()) {
            JsonCursor with = entry.field("with");
            withFields.add(with);
            read.add(new ArchivedInteraction(entry.field("on").requiredDate(),
                    entry.field("kind").requiredEnum(InteractionKind.class), entry.field("notes").text(""),
                    with.strings()));
        }
        return read;
    }
}
