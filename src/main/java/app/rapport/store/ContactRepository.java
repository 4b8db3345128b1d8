package app.rapport.store;

import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.CONTACT_EMAIL;
import static app.rapport.store.jooq.Tables.CONTACT_PHONE;
import static app.rapport.store.jooq.Tables.CONTACT_TAG;
import static app.rapport.store.jooq.Tables.IMPORTANT_DATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.store.jooq.tables.records.ContactRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.impl.DSL;

/**
 * Contacts with their emails, phones, tags and important dates. Nothing is deleted here: contacts are archived.
 */
public final class ContactRepository {

    private static final int ROWS_PER_INSERT = 1_000;
    private static final int IN_LIST_MAX = 500;

    private final DSLContext dsl;

    ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Contact contact) {
        ContactRecord record = dsl.newRecord(CONTACT);
        ContactRecords.copyInto(contact, record);
        record.store();
        long id = record.getId();
        insertChildren(id, contact);
        return id;
    }

    /**
     * Stores new contacts with their emails, phones and tags in a few statements per thousand contacts rather
     * than four per contact: an import of 30,000 LinkedIn connections would otherwise spend its time in round
     * trips. Returns the new ids in the order of {@code contacts}.
     */
    public List<Long> insertAll(List<Contact> contacts) {
        List<Long> ids = new ArrayList<>(contacts.size());
        for (int from = 0; from < contacts.size(); from += ROWS_PER_INSERT) {
            List<Contact> chunk = contacts.subList(from, Math.min(contacts.size(), from + ROWS_PER_INSERT));
            InsertSetMoreStep<ContactRecord> insert = null;
            for (Contact contact : chunk) {
                ContactRecord record = new ContactRecord();
                ContactRecords.copyInto(contact, record);
                insert = insert == null ? dsl.insertInto(CONTACT).set(record) : insert.newRecord().set(record);
            }
            // Identity values rise in the order the rows are inserted, so sorted ids line up with the chunk.
            List<Long> chunkIds = new ArrayList<>(insert.returningResult(CONTACT.ID).fetch(CONTACT.ID));
            chunkIds.sort(null);
            ids.addAll(chunkIds);
        }
        insertAllChildren(ids, contacts);
        return ids;
    }

    public void update(Contact contact) {
        long id = contact.id();
        ContactRecord record = dsl.fetchOptional(CONTACT, CONTACT.ID.eq(id))
                .orElseThrow(() -> new StoreException("The contact " + contact.displayName() + " no longer exists."));
        ContactRecords.copyInto(contact, record);
        WriteTracker.nextStatementTouches(id);
        record.store();
        dsl.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id)).execute();
        dsl.deleteFrom(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id)).execute();
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id)).execute();
        dsl.deleteFrom(IMPORTANT_DATE).where(IMPORTANT_DATE.CONTACT_ID.eq(id)).execute();
        insertChildren(id, contact);
    }

    /**
     * Writes to stored contacts what differs from {@code before} to {@code after} (the same contacts in the same
     * order): only the columns that differ, one batch per set of columns, and only the tags added or removed; a
     * contact whose emails, phones or dates differ has its lists written again. A change to many contacts and its
     * undo both come here, so that neither rewrites thousands of rows it did not change.
     */
    public void updateChanged(List<Contact> before, List<Contact> after) {
        rewriteLists(new ContactChangeWriter(dsl).write(before, after));
    }

    private void rewriteLists(List<Contact> contacts) {
        List<Long> ids = contacts.stream().map(Contact::id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            List<Long> chunk = ids.subList(from, Math.min(from + IN_LIST_MAX, ids.size()));
            dsl.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.in(chunk)).execute();
            dsl.deleteFrom(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.in(chunk)).execute();
            dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.in(chunk)).execute();
            dsl.deleteFrom(IMPORTANT_DATE).where(IMPORTANT_DATE.CONTACT_ID.in(chunk)).execute();
        }
        insertAllChildren(ids, contacts);
    }

    public Optional<Contact> find(long id) {
        return dsl.fetchOptional(CONTACT, CONTACT.ID.eq(id)).map(record -> ContactRecords.toContact(record,
                dsl.select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_EMAIL.POSITION).fetch(CONTACT_EMAIL.EMAIL),
                dsl.select(CONTACT_PHONE.PHONE).from(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_PHONE.POSITION).fetch(CONTACT_PHONE.PHONE),
                dsl.select(CONTACT_TAG.TAG).from(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_TAG.TAG).fetch(CONTACT_TAG.TAG),
                dsl.selectFrom(IMPORTANT_DATE).where(IMPORTANT_DATE.CONTACT_ID.eq(id))
                        .orderBy(IMPORTANT_DATE.POSITION).fetch(ContactRecords::toImportantDate)));
    }

    /** Every contact, whole, by id, in four queries: for work that touches many of them (an import's merges). */
    public Map<Long, Contact> all() {
        Map<Long, List<String>> emails = allEmails();
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
                .orderBy(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION)
                .forEach(row -> phones.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<String>> tags = allTags();
        Map<Long, List<ImportantDate>> dates = allImportantDates();
        Map<Long, Contact> contacts = new HashMap<>();
        dsl.selectFrom(CONTACT).forEach(record -> contacts.put(record.getId(), ContactRecords.toContact(record,
                emails.getOrDefault(record.getId(), List.of()), phones.getOrDefault(record.getId(), List.of()),
                tags.getOrDefault(record.getId(), List.of()), dates.getOrDefault(record.getId(), List.of()))));
        return contacts;
    }

    /** Every contact's id, archived ones included, in order. */
    public List<Long> allIds() {
        return dsl.select(CONTACT.ID).from(CONTACT).orderBy(CONTACT.ID).fetch(CONTACT.ID);
    }

    /** Whether there is any contact at all, archived ones included. */
    public boolean any() {
        return dsl.fetchExists(CONTACT);
    }

    /** Every contact's tags, in one query. */
    public Map<Long, List<String>> allTags() {
        return tags(DSL.noCondition());
    }

    /** The tags of these contacts only. */
    public Map<Long, List<String>> tagsOf(Collection<Long> contactIds) {
        return tags(CONTACT_TAG.CONTACT_ID.in(contactIds));
    }

    private Map<Long, List<String>> tags(Condition which) {
        Map<Long, List<String>> tags = new HashMap<>();
        dsl.select(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG).from(CONTACT_TAG).where(which)
                .orderBy(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .forEach(row -> tags.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        return tags;
    }

    /** Every contact's important dates, in one query. */
    private Map<Long, List<ImportantDate>> allImportantDates() {
        return importantDates(DSL.noCondition());
    }

    private Map<Long, List<ImportantDate>> importantDates(Condition which) {
        Map<Long, List<ImportantDate>> dates = new HashMap<>();
        dsl.selectFrom(IMPORTANT_DATE).where(which).orderBy(IMPORTANT_DATE.CONTACT_ID, IMPORTANT_DATE.POSITION)
                .forEach(row -> dates.computeIfAbsent(row.getContactId(), k -> new ArrayList<>())
                        .add(ContactRecords.toImportantDate(row)));
        return dates;
    }

    /**
     * Every contact that is not archived, for the rules: emails, phones and tags are left empty because no rule
     * reads them, and loading them for 30,000 contacts would cost three more large queries.
     */
    public List<Contact> activeForRules() {
        Map<Long, List<ImportantDate>> dates = allImportantDates();
        return dsl.selectFrom(CONTACT).where(CONTACT.ARCHIVED.isFalse()).orderBy(CONTACT.ID)
                .fetch(record -> ContactRecords.toContact(record, List.of(), List.of(), List.of(),
                        dates.getOrDefault(record.getId(), List.of())));
    }

    /** The display names of every contact that is not archived, by id. */
    public Map<Long, String> activeDisplayNames() {
        return dsl.select(CONTACT.ID, CONTACT.DISPLAY_NAME).from(CONTACT).where(CONTACT.ARCHIVED.isFalse())
                .fetchMap(CONTACT.ID, CONTACT.DISPLAY_NAME);
    }

    /** Like {@link #activeForRules()}, archived contacts included: their open follow-ups must close. */
    public List<Contact> allForRules() {
        Map<Long, List<ImportantDate>> dates = allImportantDates();
        return dsl.selectFrom(CONTACT).orderBy(CONTACT.ID)
                .fetch(record -> ContactRecords.toContact(record, List.of(), List.of(), List.of(),
                        dates.getOrDefault(record.getId(), List.of())));
    }

    /** {@link #allForRules()} for some contacts only: what a write to them may have changed. */
    public List<Contact> forRules(Collection<Long> ids) {
        Map<Long, List<ImportantDate>> dates = importantDates(Ids.among(IMPORTANT_DATE.CONTACT_ID, ids));
        return dsl.selectFrom(CONTACT).where(Ids.among(CONTACT.ID, ids)).orderBy(CONTACT.ID)
                .fetch(record -> ContactRecords.toContact(record, List.of(), List.of(), List.of(),
                        dates.getOrDefault(record.getId(), List.of())));
    }

    /**
     * Undecided contacts that are not archived, with only what deciding whether they wait to be sorted reads:
     * their id, name and the days they were added and met. Every logged coffee asks, at 30,000 contacts.
     */
    public List<Contact> undecidedForSorting() {
        return dsl.select(CONTACT.ID, CONTACT.DISPLAY_NAME, CONTACT.ADDED_ON, CONTACT.MET_ON).from(CONTACT)
                .where(CONTACT.CATEGORY.eq(Category.UNDECIDED.name()), CONTACT.ARCHIVED.isFalse())
                .orderBy(CONTACT.ID).fetch(r -> Contact.builder().id(r.value1()).displayName(r.value2())
                        .category(Category.UNDECIDED).addedOn(r.value3()).metOn(r.value4()).build());
    }

    /** These contacts whole, in five queries however many; unknown ids are left out. */
    public List<Contact> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> emails = emails(Ids.among(CONTACT_EMAIL.CONTACT_ID, ids));
        Map<Long, List<String>> phones = phones(Ids.among(CONTACT_PHONE.CONTACT_ID, ids));
        Map<Long, List<String>> tags = tags(Ids.among(CONTACT_TAG.CONTACT_ID, ids));
        Map<Long, List<ImportantDate>> dates = importantDates(Ids.among(IMPORTANT_DATE.CONTACT_ID, ids));
        return dsl.selectFrom(CONTACT).where(Ids.among(CONTACT.ID, ids)).orderBy(CONTACT.ID)
                .fetch(record -> ContactRecords.toContact(record, emails.getOrDefault(record.getId(), List.of()),
                        phones.getOrDefault(record.getId(), List.of()), tags.getOrDefault(record.getId(), List.of()),
                        dates.getOrDefault(record.getId(), List.of())));
    }

    /** Every stored phone number by contact, in one query, for search. */
    public Map<Long, List<String>> allPhones() {
        return phones(DSL.noCondition());
    }

    /** The phone numbers of these contacts only. */
    public Map<Long, List<String>> phonesOf(Collection<Long> contactIds) {
        return phones(CONTACT_PHONE.CONTACT_ID.in(contactIds));
    }

    private Map<Long, List<String>> phones(Condition which) {
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE).where(which)
                .orderBy(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION)
                .forEach(row -> phones.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        return phones;
    }

    /** Every contact with its emails, phones and tags, in four queries whatever the number, for exports. */
    public List<Contact> allFull() {
        Map<Long, List<String>> emails = allEmails();
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
                .orderBy(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION)
                .forEach(row -> phones.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<String>> tags = new HashMap<>();
        dsl.select(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG).from(CONTACT_TAG)
                .orderBy(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .forEach(row -> tags.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<ImportantDate>> dates = allImportantDates();
        return dsl.selectFrom(CONTACT).orderBy(CONTACT.ID).fetch(record -> ContactRecords.toContact(record,
                emails.getOrDefault(record.getId(), List.of()), phones.getOrDefault(record.getId(), List.of()),
                tags.getOrDefault(record.getId(), List.of()), dates.getOrDefault(record.getId(), List.of())));
    }

    /** Every stored email by contact, in one query, for matching duplicates. */
    public Map<Long, List<String>> allEmails() {
        return emails(DSL.noCondition());
    }

    /** The email addresses of these contacts only. */
    public Map<Long, List<String>> emailsOf(Collection<Long> contactIds) {
        return emails(CONTACT_EMAIL.CONTACT_ID.in(contactIds));
    }

    private Map<Long, List<String>> emails(Condition which) {
        Map<Long, List<String>> emails = new HashMap<>();
        dsl.select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).where(which)
                .orderBy(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION)
                .forEach(row -> emails.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        return emails;
    }

    public List<Long> idsTagged(String tag) {
        return dsl.select(CONTACT_TAG.CONTACT_ID).from(CONTACT_TAG).where(CONTACT_TAG.TAG.eq(tag))
                .fetch(CONTACT_TAG.CONTACT_ID);
    }

    /**
     * Removes a contact for good, with its emails, phones, tags and anything else still pointing at it. Only a
     * merge (after moving what mattered) and removing the sample data call this, after the user confirmed.
     */
    public void delete(long id) {
        InteractionRepository interactions = new InteractionRepository(dsl, null);
        List<Long> theirs = interactions.idsOf(List.of(id));
        dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
        interactions.deleteWithoutPeople(theirs);
    }

    /**
     * Display names by id, for lists that show whom an item is about. Past a few hundred ids, reading every name
     * is cheaper than sending and parsing an IN list of thousands (a follow-up queue after a large import).
     */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.size() > IN_LIST_MAX) {
            return dsl.select(CONTACT.ID, CONTACT.DISPLAY_NAME).from(CONTACT).fetchMap(CONTACT.ID, CONTACT.DISPLAY_NAME);
        }
        return dsl.select(CONTACT.ID, CONTACT.DISPLAY_NAME).from(CONTACT).where(CONTACT.ID.in(ids))
                .fetchMap(CONTACT.ID, CONTACT.DISPLAY_NAME);
    }

    /** Every row of these contacts as stored now, to {@link #putBack} later in another transaction. */
    public ContactRows rowsOf(Set<Long> ids) {
        return ContactRows.read(dsl, ids);
    }

    /** Gives the contacts read into {@code rows} exactly those rows again, whatever they hold now. */
    public void putBack(ContactRows rows) {
        rows.putBack(dsl);
    }

    public boolean setArchived(long id, boolean archived) {
        WriteTracker.nextStatementTouches(id);
        return dsl.update(CONTACT).set(CONTACT.ARCHIVED, archived).where(CONTACT.ID.eq(id)).execute() == 1;
    }

    private void insertChildren(long id, Contact contact) {
        var emails = dsl.insertInto(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION, CONTACT_EMAIL.EMAIL);
        for (int i = 0; i < contact.emails().size(); i++) {
            emails = emails.values(id, i, contact.emails().get(i));
        }
        if (!contact.emails().isEmpty()) {
            emails.execute();
        }
        var phones = dsl.insertInto(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION, CONTACT_PHONE.PHONE);
        for (int i = 0; i < contact.phones().size(); i++) {
            phones = phones.values(id, i, contact.phones().get(i));
        }
        if (!contact.phones().isEmpty()) {
            phones.execute();
        }
        var tags = dsl.insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG);
        for (String tag : contact.tags()) {
            tags = tags.values(id, tag);
        }
        if (!contact.tags().isEmpty()) {
            tags.execute();
        }
        var dates = dsl.insertInto(IMPORTANT_DATE, IMPORTANT_DATE.CONTACT_ID, IMPORTANT_DATE.POSITION,
                IMPORTANT_DATE.LABEL, IMPORTANT_DATE.DATE_MONTH, IMPORTANT_DATE.DATE_DAY, IMPORTANT_DATE.YEAR_OF_DATE);
        for (int i = 0; i < contact.importantDates().size(); i++) {
            ImportantDate date = contact.importantDates().get(i);
            dates = dates.values(id, i, date.label(), ContactRecords.month(date), ContactRecords.day(date), date.date().year());
        }
        if (!contact.importantDates().isEmpty()) {
            dates.execute();
        }
    }

    private void insertAllChildren(List<Long> ids, List<Contact> contacts) {
        BatchBindStep emails = dsl.batch(dsl.insertInto(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION,
                CONTACT_EMAIL.EMAIL).values((Long) null, null, null));
        BatchBindStep phones = dsl.batch(dsl.insertInto(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION,
                CONTACT_PHONE.PHONE).values((Long) null, null, null));
        BatchBindStep tags = dsl.batch(dsl.insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .values((Long) null, null));
        BatchBindStep dates = dsl.batch(dsl.insertInto(IMPORTANT_DATE, IMPORTANT_DATE.CONTACT_ID,
                IMPORTANT_DATE.POSITION, IMPORTANT_DATE.LABEL, IMPORTANT_DATE.DATE_MONTH, IMPORTANT_DATE.DATE_DAY,
                IMPORTANT_DATE.YEAR_OF_DATE).values((Long) null, null, null, null, null, null));
        for (int i = 0; i < contacts.size(); i++) {
            long id = ids.get(i);
            Contact contact = contacts.get(i);
            for (int position = 0; position < contact.emails().size(); position++) {
                emails.bind(id, position, contact.emails().get(position));
            }
            for (int position = 0; position < contact.phones().size(); position++) {
                phones.bind(id, position, contact.phones().get(position));
            }
            for (String tag : contact.tags()) {
                tags.bind(id, tag);
            }
            for (int position = 0; position < contact.importantDates().size(); position++) {
                ImportantDate date = contact.importantDates().get(position);
                dates.bind(id, position, date.label(), ContactRecords.month(date), ContactRecords.day(date), date.date().year());
            }
        }
        for (BatchBindStep batch : List.of(emails, phones, tags, dates)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

}
