package app.rapport.store;

import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.CONTACT_EMAIL;
import static app.rapport.store.jooq.Tables.CONTACT_PHONE;
import static app.rapport.store.jooq.Tables.CONTACT_TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.store.jooq.tables.records.ContactRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;

/** Contacts with their emails, phones and tags. Nothing is deleted here: contacts are archived. */
public final class ContactRepository {

    private static final int ROWS_PER_INSERT = 1_000;
    private static final int IN_LIST_MAX = 500;

    private final DSLContext dsl;

    ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Contact contact) {
        ContactRecord record = dsl.newRecord(CONTACT);
        copyInto(contact, record);
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
                copyInto(contact, record);
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
        copyInto(contact, record);
        record.store();
        dsl.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id)).execute();
        dsl.deleteFrom(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id)).execute();
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id)).execute();
        insertChildren(id, contact);
    }

    public Optional<Contact> find(long id) {
        return dsl.fetchOptional(CONTACT, CONTACT.ID.eq(id)).map(record -> toContact(record,
                dsl.select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_EMAIL.POSITION).fetch(CONTACT_EMAIL.EMAIL),
                dsl.select(CONTACT_PHONE.PHONE).from(CONTACT_PHONE).where(CONTACT_PHONE.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_PHONE.POSITION).fetch(CONTACT_PHONE.PHONE),
                dsl.select(CONTACT_TAG.TAG).from(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id))
                        .orderBy(CONTACT_TAG.TAG).fetch(CONTACT_TAG.TAG)));
    }

    /** Every contact, whole, by id, in four queries: for work that touches many of them (an import's merges). */
    public Map<Long, Contact> all() {
        Map<Long, List<String>> emails = allEmails();
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
                .orderBy(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION)
                .forEach(row -> phones.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<String>> tags = allTags();
        Map<Long, Contact> contacts = new HashMap<>();
        dsl.selectFrom(CONTACT).forEach(record -> contacts.put(record.getId(), toContact(record,
                emails.getOrDefault(record.getId(), List.of()), phones.getOrDefault(record.getId(), List.of()),
                tags.getOrDefault(record.getId(), List.of()))));
        return contacts;
    }

    /** Whether there is any contact at all, archived ones included. */
    public boolean any() {
        return dsl.fetchExists(CONTACT);
    }

    /** Every contact's tags, in one query. */
    public Map<Long, List<String>> allTags() {
        Map<Long, List<String>> tags = new HashMap<>();
        dsl.select(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG).from(CONTACT_TAG)
                .orderBy(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .forEach(row -> tags.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        return tags;
    }

    private static Contact toContact(ContactRecord record, List<String> emails, List<String> phones,
                                     List<String> tags) {
        return new Contact(
                record.getId(),
                record.getDisplayName(),
                record.getGivenName(),
                record.getFamilyName(),
                record.getOrganization(),
                record.getRole(),
                Category.valueOf(record.getCategory()),
                Relationship.valueOf(record.getRelationship()),
                emails,
                phones,
                tags,
                record.getNotes(),
                record.getHowWeMet(),
                record.getMetOn(),
                record.getAddedOn(),
                record.getVouchForThem(),
                record.getVouchForMe(),
                record.getKeepInTouchWeeks(),
                record.getBirthday(),
                record.getArchived());
    }

    /**
     * Every contact that is not archived, for the rules: emails, phones and tags are left empty because no rule
     * reads them, and loading them for 30,000 contacts would cost three more large queries.
     */
    public List<Contact> activeForRules() {
        return dsl.selectFrom(CONTACT).where(CONTACT.ARCHIVED.isFalse()).orderBy(CONTACT.ID)
                .fetch(record -> toContact(record, List.of(), List.of(), List.of()));
    }

    /** Like {@link #activeForRules()}, archived contacts included: their open follow-ups must close. */
    public List<Contact> allForRules() {
        return dsl.selectFrom(CONTACT).orderBy(CONTACT.ID)
                .fetch(record -> toContact(record, List.of(), List.of(), List.of()));
    }

    /** Undecided contacts that are not archived, as the rules read them (no emails, phones or tags). */
    public List<Contact> undecidedForRules() {
        return dsl.selectFrom(CONTACT)
                .where(CONTACT.CATEGORY.eq(Category.UNDECIDED.name()), CONTACT.ARCHIVED.isFalse())
                .orderBy(CONTACT.ID).fetch(record -> toContact(record, List.of(), List.of(), List.of()));
    }

    /** These contacts with their emails, phones and tags, in four queries however many; unknown ids are left out. */
    public List<Contact> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> emails = new HashMap<>();
        dsl.select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
                .where(CONTACT_EMAIL.CONTACT_ID.in(ids)).orderBy(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION)
                .forEach(row -> emails.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
                .where(CONTACT_PHONE.CONTACT_ID.in(ids)).orderBy(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION)
                .forEach(row -> phones.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        Map<Long, List<String>> tags = new HashMap<>();
        dsl.select(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG).from(CONTACT_TAG)
                .where(CONTACT_TAG.CONTACT_ID.in(ids)).orderBy(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .forEach(row -> tags.computeIfAbsent(row.value1(), k -> new ArrayList<>()).add(row.value2()));
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.in(ids)).orderBy(CONTACT.ID).fetch(record -> toContact(record,
                emails.getOrDefault(record.getId(), List.of()), phones.getOrDefault(record.getId(), List.of()),
                tags.getOrDefault(record.getId(), List.of())));
    }

    /** Every stored phone number by contact, in one query, for search. */
    public Map<Long, List<String>> allPhones() {
        Map<Long, List<String>> phones = new HashMap<>();
        dsl.select(CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.PHONE).from(CONTACT_PHONE)
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
        return dsl.selectFrom(CONTACT).orderBy(CONTACT.ID).fetch(record -> toContact(record,
                emails.getOrDefault(record.getId(), List.of()), phones.getOrDefault(record.getId(), List.of()),
                tags.getOrDefault(record.getId(), List.of())));
    }

    /** Every stored email by contact, in one query, for matching duplicates. */
    public Map<Long, List<String>> allEmails() {
        Map<Long, List<String>> emails = new HashMap<>();
        dsl.select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
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
        dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
        new InteractionRepository(dsl).deleteWithoutPeople();
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
        return dsl.update(CONTACT).set(CONTACT.ARCHIVED, archived).where(CONTACT.ID.eq(id)).execute() == 1;
    }

    private void copyInto(Contact contact, ContactRecord record) {
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
        record.setBirthday(contact.birthday());
        record.setArchived(contact.archived());
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
    }

    private void insertAllChildren(List<Long> ids, List<Contact> contacts) {
        BatchBindStep emails = dsl.batch(dsl.insertInto(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.POSITION,
                CONTACT_EMAIL.EMAIL).values((Long) null, null, null));
        BatchBindStep phones = dsl.batch(dsl.insertInto(CONTACT_PHONE, CONTACT_PHONE.CONTACT_ID, CONTACT_PHONE.POSITION,
                CONTACT_PHONE.PHONE).values((Long) null, null, null));
        BatchBindStep tags = dsl.batch(dsl.insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG)
                .values((Long) null, null));
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
        }
        for (BatchBindStep batch : List.of(emails, phones, tags)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

}
