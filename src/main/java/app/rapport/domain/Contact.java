package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person the user knows. {@code id} is null until the contact is stored. Text fields are never null
 * (blank means "not given"); optional dates and the cadence are null when absent. The birthday and the other
 * important dates come back every year and may have no year.
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
        YearlyDate birthday,
        boolean archived,
        List<ImportantDate> importantDates) {

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
        importantDates = List.copyOf(Objects.requireNonNullElse(importantDates, List.of()));
    }

    /** A new, unsaved contact with only a name, added on the given day. */
    public static Contact named(String displayName, LocalDate addedOn) {
        return builder().displayName(displayName).addedOn(addedOn).build();
    }

    /** An empty contact to fill by name: every field not set keeps its "not given" value. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this contact's fields, to change some of them by name. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.displayName = displayName;
        builder.givenName = givenName;
        builder.familyName = familyName;
        builder.organization = organization;
        builder.role = role;
        builder.category = category;
        builder.relationship = relationship;
        builder.emails = emails;
        builder.phones = phones;
        builder.tags = tags;
        builder.notes = notes;
        builder.howWeMet = howWeMet;
        builder.metOn = metOn;
        builder.addedOn = addedOn;
        builder.vouchForThem = vouchForThem;
        builder.vouchForMe = vouchForMe;
        builder.keepInTouchWeeks = keepInTouchWeeks;
        builder.birthday = birthday;
        builder.archived = archived;
        builder.importantDates = importantDates;
        return builder;
    }

    public Contact withId(Long newId) {
        return toBuilder().id(newId).build();
    }

    public Contact withVouch(String newVouchForThem, String newVouchForMe) {
        return toBuilder().vouchForThem(newVouchForThem).vouchForMe(newVouchForMe).build();
    }

    public Contact withCategory(Category newCategory) {
        return toBuilder().category(newCategory).build();
    }

    public Contact withArchived(boolean newArchived) {
        return toBuilder().archived(newArchived).build();
    }

    /** Sets a contact's fields by name, so two adjacent strings cannot be swapped unnoticed. */
    public static final class Builder {
        private Long id;
        private String displayName;
        private String givenName;
        private String familyName;
        private String organization;
        private String role;
        private Category category;
        private Relationship relationship;
        private List<String> emails;
        private List<String> phones;
        private List<String> tags;
        private String notes;
        private String howWeMet;
        private LocalDate metOn;
        private LocalDate addedOn;
        private String vouchForThem;
        private String vouchForMe;
        private Integer keepInTouchWeeks;
        private YearlyDate birthday;
        private boolean archived;
        private List<ImportantDate> importantDates;

        private Builder() {
        }

        public Builder id(Long value) {
            this.id = value;
            return this;
        }

        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        public Builder givenName(String value) {
            this.givenName = value;
            return this;
        }

        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        public Builder role(String value) {
            this.role = value;
            return this;
        }

        public Builder category(Category value) {
            this.category = value;
            return this;
        }

        public Builder relationship(Relationship value) {
            this.relationship = value;
            return this;
        }

        public Builder emails(List<String> value) {
            this.emails = value;
            return this;
        }

        public Builder phones(List<String> value) {
            this.phones = value;
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        public Builder howWeMet(String value) {
            this.howWeMet = value;
            return this;
        }

        public Builder metOn(LocalDate value) {
            this.metOn = value;
            return this;
        }

        public Builder addedOn(LocalDate value) {
            this.addedOn = value;
            return this;
        }

        public Builder vouchForThem(String value) {
            this.vouchForThem = value;
            return this;
        }

        public Builder vouchForMe(String value) {
            this.vouchForMe = value;
            return this;
        }

        public Builder keepInTouchWeeks(Integer value) {
            this.keepInTouchWeeks = value;
            return this;
        }

        public Builder birthday(YearlyDate value) {
            this.birthday = value;
            return this;
        }

        /** A birthday whose year is known; null for none. */
        public Builder birthday(LocalDate value) {
            this.birthday = value == null ? null : YearlyDate.of(value);
            return this;
        }

        public Builder importantDates(List<ImportantDate> value) {
            this.importantDates = value;
            return this;
        }

        public Builder archived(boolean value) {
            this.archived = value;
            return this;
        }

        public Contact build() {
            return new Contact(id, displayName, givenName, familyName, organization, role, category,
                    relationship, emails, phones, tags, notes, howWeMet, metOn, addedOn, vouchForThem, vouchForMe,
                    keepInTouchWeeks, birthday, archived, importantDates);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
