package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person the user knows. {@code id} is null until the contact is stored. Text fields are never null
 * (blank means "not given"); optional dates and the cadence are null when absent.
 */
public record Contact(
        Long id,
        String displayName,
        String givenName,
        String familyName,
        String organization,
        String role,
        Category category,
        Relationship relationship,
        List<String> emails,
        List<String> phones,
        List<String> tags,
        String notes,
        String howWeMet,
        LocalDate metOn,
        LocalDate addedOn,
        String vouchForThem,
        String vouchForMe,
        Integer keepInTouchWeeks,
        LocalDate birthday,
        boolean archived) {

    public Contact {
        displayName = nullToEmpty(displayName);
        givenName = nullToEmpty(givenName);
        familyName = nullToEmpty(familyName);
        organization = nullToEmpty(organization);
        role = nullToEmpty(role);
        category = Objects.requireNonNullElse(category, Category.UNDECIDED);
        relationship = Objects.requireNonNullElse(relationship, Relationship.OTHER);
        emails = List.copyOf(Objects.requireNonNullElse(emails, List.of()));
        phones = List.copyOf(Objects.requireNonNullElse(phones, List.of()));
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        notes = nullToEmpty(notes);
        howWeMet = nullToEmpty(howWeMet);
        vouchForThem = nullToEmpty(vouchForThem);
        vouchForMe = nullToEmpty(vouchForMe);
    }

    /** A new, unsaved contact with only a name, added on the given day. */
    public static Contact named(String displayName, LocalDate addedOn) {
        return new Contact(null, displayName, "", "", "", "", Category.UNDECIDED, Relationship.OTHER,
                List.of(), List.of(), List.of(), "", "", null, addedOn, "", "", null, null, false);
    }

    public Contact withId(Long newId) {
        return new Contact(newId, displayName, givenName, familyName, organization, role, category, relationship,
                emails, phones, tags, notes, howWeMet, metOn, addedOn, vouchForThem, vouchForMe, keepInTouchWeeks,
                birthday, archived);
    }

    public Contact withVouch(String newVouchForThem, String newVouchForMe) {
        return new Contact(id, displayName, givenName, familyName, organization, role, category, relationship,
                emails, phones, tags, notes, howWeMet, metOn, addedOn, newVouchForThem, newVouchForMe,
                keepInTouchWeeks, birthday, archived);
    }

    public Contact withCategory(Category newCategory) {
        return new Contact(id, displayName, givenName, familyName, organization, role, newCategory, relationship,
                emails, phones, tags, notes, howWeMet, metOn, addedOn, vouchForThem, vouchForMe, keepInTouchWeeks,
                birthday, archived);
    }

    public Contact withArchived(boolean newArchived) {
        return new Contact(id, displayName, givenName, familyName, organization, role, category, relationship,
                emails, phones, tags, notes, howWeMet, metOn, addedOn, vouchForThem, vouchForMe, keepInTouchWeeks,
                birthday, newArchived);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
