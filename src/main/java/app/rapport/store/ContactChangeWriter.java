package app.rapport.store;

import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.CONTACT_TAG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.rapport.domain.Contact;
import app.rapport.store.jooq.tables.records.ContactRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes only what differs between two versions of many stored contacts: the columns that differ, in one batch
 * per set of columns (a bulk edit changes the same one or two for everyone), and the tags added or removed.
 */
final class ContactChangeWriter {

    private final DSLContext dsl;

    ContactChangeWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns the contacts whose emails, phones or dates differ, whose lists the caller writes again whole. */
    List<Contact> write(List<Contact> before, List<Contact> after) {
        Map<List<Field<?>>, List<ContactRecord>> byColumns = new LinkedHashMap<>();
        BatchBindStep removedTags = dsl.batch(dsl.deleteFrom(CONTACT_TAG)
                .where(CONTACT_TAG.CONTACT_ID.eq((Long) null), CONTACT_TAG.TAG.eq((String) null)));
        BatchBindStep addedTags = dsl.batch(dsl.insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .values((Long) null, null));
        List<Contact> listsChanged = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Contact was = before.get(i);
            Contact now = after.get(i);
            if (!Objects.equals(was.id(), now.id())) {
                throw new IllegalArgumentException("Contact " + now.id() + " is compared with contact " + was.id());
            }
            ContactRecord record = recordOf(now);
            ContactRecord old = recordOf(was);
            List<Field<?>> columns = Arrays.stream(CONTACT.fields())
                    .filter(field -> !Objects.equals(old.get(field), record.get(field))).toList();
            record.setId(now.id());
            if (!columns.isEmpty()) {
                byColumns.computeIfAbsent(columns, k -> new ArrayList<>()).add(record);
            }
            if (!was.emails().equals(now.emails()) || !was.phones().equals(now.phones())
                    || !was.importantDates().equals(now.importantDates())) {
                listsChanged.add(now);
                continue;
            }
            was.tags().stream().filter(tag -> !now.tags().contains(tag)).forEach(tag -> removedTags.bind(now.id(), tag));
            now.tags().stream().filter(tag -> !was.tags().contains(tag)).forEach(tag -> addedTags.bind(now.id(), tag));
        }
        byColumns.forEach(this::updateColumns);
        for (BatchBindStep batch : List.of(removedTags, addedTags)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
        return listsChanged;
    }

    // Without the id, which the columns are compared before it is set.
    private static ContactRecord recordOf(Contact contact) {
        ContactRecord record = new ContactRecord();
        ContactRecords.copyInto(contact, record);
        return record;
    }

    private void updateColumns(List<Field<?>> columns, List<ContactRecord> records) {
        Map<Field<?>, Object> placeholders = new LinkedHashMap<>();
        columns.forEach(column -> placeholders.put(column, null));
        BatchBindStep update = dsl.batch(dsl.update(CONTACT).set(placeholders).where(CONTACT.ID.eq((Long) null)));
        for (ContactRecord record : records) {
            Object[] values = new Object[columns.size() + 1];
            for (int i = 0; i < columns.size(); i++) {
                values[i] = record.get(columns.get(i));
            }
            values[columns.size()] = record.getId();
            update.bind(values);
        }
        WriteTracker.nextStatementTouches(records.stream().map(ContactRecord::getId).toArray(Long[]::new));
        update.execute();
    }
}
