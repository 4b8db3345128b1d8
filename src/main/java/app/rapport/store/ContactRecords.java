package app.rapport.store;

import java.time.MonthDay;
import java.util.List;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;
import app.rapport.store.jooq.tables.records.ContactRecord;
import app.rapport.store.jooq.tables.records.ImportantDateRecord;

/** A contact as its database rows hold it, and back: the mapping the contact repository reads and writes by. */
final class ContactRecords {

    private ContactRecords() {
    }

    static ImportantDate toImportantDate(ImportantDateRecord row) {
        return new ImportantDate(row.getLabel(),
                new YearlyDate(MonthDay.of(row.getDateMonth(), row.getDateDay()), row.getYearOfDate()));
    }

    static Contact toContact(ContactRecord record, List<String> emails, List<String> phones,
                             List<String> tags, List<ImportantDate> importantDates) {
        return Contact.builder()
                .id(record.getId())
                .displayName(record.getDisplayName())
                .givenName(record.getGivenName())
                .familyName(record.getFamilyName())
                .organization(record.getOrganization())
                .role(record.getRole())
                .category(Category.valueOf(record.getCategory()))
                .relationship(Relationship.valueOf(record.getRelationship()))
                .emails(emails)
                .phones(phones)
                .tags(tags)
                .notes(record.getNotes())
                .howWeMet(record.getHowWeMet())
                .metOn(record.getMetOn())
                .addedOn(record.getAddedOn())
                .vouchForThem(record.getVouchForThem())
                .vouchForMe(record.getVouchForMe())
                .keepInTouchWeeks(record.getKeepInTouchWeeks())
                .birthday(birthday(record))
                .archived(record.getArchived())
                .importantDates(importantDates)
                .build();
    }

    /** A birthday whose year is known is a date; one without a year is kept as month and day (V4). */
    private static YearlyDate birthday(ContactRecord record) {
        if (record.getBirthday() != null) {
            return YearlyDate.of(record.getBirthday());
        }
        if (record.getBirthdayMonth() != null && record.getBirthdayDay() != null) {
            return YearlyDate.of(record.getBirthdayMonth(), record.getBirthdayDay());
        }
        return null;
    }

    static void copyInto(Contact contact, ContactRecord record) {
        record.setDisplayName(contact.displayName());
        record.setGivenName(contact.givenName());
        record.setFamilyName(contact.familyName());
        record.setOrganization(contact.organization());
        record.setRole(contact.role());
        record.setCategory(contact.category().name());
        record.setRelationship(contact.relationship().name());
        record.setNotes(contact.notes());
        record.setHowWeMet(contact.howWeMet());
        record.setMetOn(contact.metOn());
        record.setAddedOn(contact.addedOn());
        record.setVouchForThem(contact.vouchForThem());
        record.setVouchForMe(contact.vouchForMe());
        record.setKeepInTouchWeeks(contact.keepInTouchWeeks());
        YearlyDate birthday = contact.birthday();
        record.setBirthday(birthday == null ? null : birthday.date().orElse(null));
        boolean withoutYear = birthday != null && birthday.year() == null;
        record.setBirthdayMonth(withoutYear ? (short) birthday.monthDay().getMonthValue() : null);
        record.setBirthdayDay(withoutYear ? (short) birthday.monthDay().getDayOfMonth() : null);
        record.setArchived(contact.archived());
    }

    static short month(ImportantDate date) {
        return (short) date.date().monthDay().getMonthValue();
    }

    static short day(ImportantDate date) {
        return (short) date.date().monthDay().getDayOfMonth();
    }
}
