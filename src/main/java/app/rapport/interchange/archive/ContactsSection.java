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
import app.rapport.domain.ImportantDate;
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
        Contact contact = Contact.builder()
                .displayName(entry.field("displayName").requiredText())
                .givenName(entry.field("givenName").text(""))
                .familyName(entry.field("familyName").text(""))
                .organization(entry.field("organization").text(""))
                .role(entry.field("role").text(""))
                .category(entry.field("category").enumValue(Category.class, Category.UNDECIDED))
                .relationship(entry.field("relationship").enumValue(Relationship.class, Relationship.OTHER))
                .emails(entry.field("emails").strings())
                .phones(entry.field("phones").strings())
                .tags(entry.field("tags").strings())
                .notes(entry.field("notes").text(""))
                .howWeMet(entry.field("howWeMet").text(""))
                .metOn(entry.field("metOn").date(null))
                .addedOn(entry.field("addedOn").date(importDay))
                .vouchForThem(entry.field("vouchForThem").text(""))
                .vouchForMe(entry.field("vouchForMe").text(""))
                .keepInTouchWeeks(entry.field("keepInTouchWeeks").integer(null))
                .birthday(entry.field("birthday").yearlyDate())
                .archived(entry.field("archived").bool(false))
                .importantDates(importantDates(entry.field("importantDates")))
                .build();
        List<FieldError> errors = ContactRules.validate(contact, importDay);
        if (!errors.isEmpty()) {
            // FieldError names the Contact component, which is also the archive's field name.
            throw entry.field(errors.getFirst().field()).problem(errors.getFirst().message());
        }
        return contact;
    }

    private static List<ImportantDate> importantDates(JsonCursor dates) throws ArchiveFormatException {
        List<ImportantDate> read = new ArrayList<>();
        for (JsonCursor entry : dates.objects()) {
            JsonCursor date = entry.field("date");
            if (date.isAbsent()) {
                throw date.problem("missing");
            }
            read.add(new ImportantDate(entry.field("label").text(""), date.yearlyDate()));
        }
        return read;
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
                    entry.field("since").date(null), entry.field("handle").text("")));
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
