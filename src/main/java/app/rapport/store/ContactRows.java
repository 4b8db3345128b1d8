package app.rapport.store;

import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.CONTACT_EMAIL;
import static app.rapport.store.jooq.Tables.CONTACT_PHONE;
import static app.rapport.store.jooq.Tables.CONTACT_TAG;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.IMPORTANT_DATE;
import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;
import static app.rapport.store.jooq.Tables.LINK;
import static app.rapport.store.jooq.Tables.LINKEDIN_MESSAGE_DAYS;
import static app.rapport.store.jooq.Tables.LINK_CHANGE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Every row of some contacts, as stored, ids included: the contacts, their emails, phones and tags,
 * interactions and LinkedIn message days, links, link history and follow-ups. Putting them back gives those
 * contacts exactly the rows they had, which is how a merge is undone. Opaque outside the store.
 */
public final class ContactRows {

    private final Set<Long> contactIds;
    // In the order they must be inserted: a contact before the rows that point at it.
    private final List<Result<? extends TableRecord<?>>> rows;

    private ContactRows(Set<Long> contactIds, List<Result<? extends TableRecord<?>>> rows) {
        this.contactIds = contactIds;
        this.rows = rows;
    }

    static ContactRows read(DSLContext dsl, Set<Long> contactIds) {
        List<Result<? extends TableRecord<?>>> rows = new ArrayList<>();
        rows.add(dsl.selectFrom(CONTACT).where(CONTACT.ID.in(contactIds)).fetch());
        rows.add(of(dsl, CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID, contactIds));
        rows.add(of(dsl, CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID, contactIds));
        rows.add(of(dsl, CONTACT_TAG, CONTACT_TAG.CONTACT_ID, contactIds));
        rows.add(of(dsl, IMPORTANT_DATE, IMPORTANT_DATE.CONTACT_ID, contactIds));
        rows.add(of(dsl, LINKEDIN_MESSAGE_DAYS, LINKEDIN_MESSAGE_DAYS.CONTACT_ID, contactIds));
        rows.add(dsl.selectFrom(INTERACTION).where(INTERACTION.ID.in(DSL.select(INTERACTION_CONTACT.INTERACTION_ID)
                .from(INTERACTION_CONTACT).where(INTERACTION_CONTACT.CONTACT_ID.in(contactIds))))
                .orderBy(INTERACTION.ID).fetch());
        rows.add(dsl.selectFrom(INTERACTION_CONTACT).where(INTERACTION_CONTACT.CONTACT_ID.in(contactIds))
                .orderBy(INTERACTION_CONTACT.INTERACTION_ID, INTERACTION_CONTACT.CONTACT_ID).fetch());
        rows.add(of(dsl, LINK, LINK.CONTACT_ID, contactIds));
        rows.add(of(dsl, LINK_CHANGE, LINK_CHANGE.CONTACT_ID, contactIds));
        rows.add(of(dsl, FOLLOW_UP, FOLLOW_UP.CONTACT_ID, contactIds));
        return new ContactRows(Set.copyOf(contactIds), rows);
    }

    private static <R extends TableRecord<R>> Result<R> of(DSLContext dsl, Table<R> table, Field<Long> contactId,
                                                           Set<Long> contactIds) {
        return dsl.selectFrom(table).where(contactId.in(contactIds)).fetch();
    }

    /** True when both hold the same rows, value for value: nothing was written to these contacts in between. */
    public boolean sameAs(ContactRows other) {
        return contactIds.equals(other.contactIds) && values().equals(other.values());
    }

    private List<List<List<Object>>> values() {
        // An array (the days of LinkedIn messages) equals another only by its elements.
        return rows.stream().map(table -> table.stream().map(row -> row.intoList().stream()
                .map(value -> value instanceof Object[] array ? Arrays.asList(array) : value).toList()).toList())
                .toList();
    }

    /**
     * Removes whatever these contacts have now (every table cascades from the contact; interactions only they
     * were part of go with them) and inserts the rows as they were read, with their ids. An interaction they
     * shared with someone else is still there, so only their part in it goes back.
     */
    void putBack(DSLContext dsl) {
        InteractionRepository interactions = new InteractionRepository(dsl, null);
        List<Long> theirs = interactions.idsOf(contactIds);
        dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(contactIds)).execute();
        interactions.deleteWithoutPeople(theirs);
        List<Long> saved = rows.stream().flatMap(Result::stream).filter(row -> row.getTable().equals(INTERACTION))
                .map(row -> row.get(INTERACTION.ID)).toList();
        Set<Long> sharedInteractions = new HashSet<>(dsl.select(INTERACTION.ID).from(INTERACTION)
                .where(INTERACTION.ID.in(saved)).fetch(INTERACTION.ID));
        for (Result<? extends TableRecord<?>> table : rows) {
            for (TableRecord<?> row : table) {
                if (row.getTable().equals(INTERACTION) && sharedInteractions.contains(row.get(INTERACTION.ID))) {
                    continue;
                }
                // An insert takes a record's changed fields only; every field, id included, goes back as read.
                row.changed(true);
                dsl.executeInsert(row);
            }
        }
    }
}
