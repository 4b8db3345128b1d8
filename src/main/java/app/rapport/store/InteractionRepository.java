package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.store.jooq.tables.records.InteractionRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Interactions: the time spent with contacts. One row per interaction, linked to each person it was with, so
 * editing or deleting it does so for all of them.
 */
public final class InteractionRepository {

    // Chunks keep one multi-row statement's size reasonable.
    private static final int INSERT_CHUNK = 1_000;

    private final DSLContext dsl;
    private final WriteTracker writes;
    private final LinkedInMessageDays messageDays;

    /**
     * {@code writes} is told of the inserts jOOQ does not run itself ({@link RowBatch}); null in a transaction
     * that is always rolled back, and where this repository only reads and deletes.
     */
    InteractionRepository(DSLContext dsl, WriteTracker writes) {
        this.dsl = dsl;
        this.writes = writes;
        this.messageDays = new LinkedInMessageDays(dsl);
    }

    public long insert(Interaction interaction) {
        touches(interaction.participants());
        long id = dsl.insertInto(INTERACTION)
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .returning(INTERACTION.ID)
                .fetchOne(INTERACTION.ID);
        linkParticipants(List.of(interaction.withId(id)));
        return id;
    }

    /** Stores many new interactions (a generated or imported history); their ids are not needed. */
    public void insertAll(List<Interaction> interactions) {
        for (int from = 0; from < interactions.size(); from += INSERT_CHUNK) {
            List<Interaction> chunk = interactions.subList(from, Math.min(from + INSERT_CHUNK, interactions.size()));
            var insert = dsl.insertInto(INTERACTION, INTERACTION.HAPPENED_ON, INTERACTION.KIND, INTERACTION.NOTES);
            var values = insert.values(chunk.getFirst().on(), chunk.getFirst().kind().name(),
                    chunk.getFirst().notes());
            for (Interaction i : chunk.subList(1, chunk.size())) {
                values = values.values(i.on(), i.kind().name(), i.notes());
            }
            // Identity values rise in the order the rows are inserted, so sorted ids line up with the chunk.
            List<Long> ids = new ArrayList<>(values.returningResult(INTERACTION.ID).fetch(INTERACTION.ID));
            ids.sort(null);
            List<Interaction> stored = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                stored.add(chunk.get(i).withId(ids.get(i)));
            }
            linkParticipants(stored);
        }
    }

    /**
     * Where a stored interaction came from; {@link InteractionOrigin#TYPED} for one typed by hand, and for a
     * LinkedIn message day still kept with its person's other days (which {@link #reinsert} puts back there).
     */
    public InteractionOrigin originOf(long id) {
        return dsl.select(INTERACTION.SOURCE, INTERACTION.SOURCE_KEY, INTERACTION.IMPORT_RUN).from(INTERACTION)
                .where(INTERACTION.ID.eq(id)).fetchOptional(r -> new InteractionOrigin(r.value1(), r.value2(),
                        r.value3())).orElse(InteractionOrigin.TYPED);
    }

    /**
     * Puts back an interaction with its old id, all its people and where it came from, for undo: one from a file
     * stays that file's, so importing the file again does not add it twice and undoing that import takes it.
     */
    public void reinsert(Interaction interaction, InteractionOrigin origin) {
        if (messageDays.putBack(interaction)) {
            return;
        }
        touches(interaction.participants());
        dsl.insertInto(INTERACTION)
                .set(INTERACTION.ID, interaction.id())
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .set(INTERACTION.SOURCE, origin.source())
                .set(INTERACTION.SOURCE_KEY, origin.sourceKey())
                .set(INTERACTION.IMPORT_RUN, origin.importRun())
                .execute();
        linkParticipants(List.of(interaction));
    }

    /** Rewrites the interaction for everyone it was with, and who it was with. */
    public boolean update(Interaction interaction) {
        messageDays.unpack(interaction.id());
        // Those it was with before and those it is with now, so the store re-reads only their rule inputs.
        Set<Long> people = new HashSet<>(participantsOf(List.of(interaction.id()))
                .getOrDefault(interaction.id(), List.of()));
        people.addAll(interaction.participants());
        touches(people);
        boolean found = dsl.update(INTERACTION)
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .where(INTERACTION.ID.eq(interaction.id()))
                .execute() == 1;
        if (found) {
            touches(people);
            dsl.deleteFrom(INTERACTION_CONTACT).where(INTERACTION_CONTACT.INTERACTION_ID.eq(interaction.id()))
                    .execute();
            linkParticipants(List.of(interaction));
        }
        return found;
    }

    /**
     * Moves every interaction of one contact to another (merging two records of one person); one they were
     * both part of keeps the remaining contact once.
     */
    public void reassign(long fromContact, long toContact) {
        messageDays.reassign(fromContact, toContact);
        dsl.deleteFrom(INTERACTION_CONTACT).where(INTERACTION_CONTACT.CONTACT_ID.eq(fromContact),
                INTERACTION_CONTACT.INTERACTION_ID.in(DSL.select(INTERACTION_CONTACT.INTERACTION_ID)
                        .from(INTERACTION_CONTACT).where(INTERACTION_CONTACT.CONTACT_ID.eq(toContact)))).execute();
        dsl.update(INTERACTION_CONTACT).set(INTERACTION_CONTACT.CONTACT_ID, toContact)
                .where(INTERACTION_CONTACT.CONTACT_ID.eq(fromContact)).execute();
    }

    /** Deletes the interaction for everyone it was with. */
    public boolean delete(long id) {
        messageDays.unpack(id);
        touches(participantsOf(List.of(id)).getOrDefault(id, List.of()));
        return dsl.deleteFrom(INTERACTION).where(INTERACTION.ID.eq(id)).execute() == 1;
    }

    /** The interactions these contacts took part in, whoever else was there. */
    List<Long> idsOf(Collection<Long> contactIds) {
        return dsl.selectDistinct(INTERACTION_CONTACT.INTERACTION_ID).from(INTERACTION_CONTACT)
                .where(INTERACTION_CONTACT.CONTACT_ID.in(contactIds)).fetch(INTERACTION_CONTACT.INTERACTION_ID);
    }

    /**
     * Those of these interactions left with nobody once their only people were deleted; a contact's deletion
     * calls this with the contact's own, so it never looks through everyone's (an import's undo deletes
     * hundreds of contacts one by one).
     */
    void deleteWithoutPeople(Collection<Long> interactionIds) {
        if (interactionIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(INTERACTION).where(INTERACTION.ID.in(interactionIds), DSL.notExists(DSL.selectOne()
                .from(INTERACTION_CONTACT).where(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID)))).execute();
    }

    public Optional<Interaction> find(long id) {
        Optional<InteractionRecord> stored = dsl.selectFrom(INTERACTION).where(INTERACTION.ID.eq(id)).fetchOptional();
        if (stored.isEmpty()) {
            return messageDays.find(id);
        }
        return stored.flatMap(row -> {
            List<Long> people = participantsOf(List.of(id)).getOrDefault(id, List.of());
            return people.isEmpty() ? Optional.empty()
                    : Optional.of(Interaction.with(row.getId(), people, row.getHappenedOn(),
                            InteractionKind.valueOf(row.getKind()), row.getNotes()));
        });
    }

    /** Newest first, as a timeline reads; each as {@code contactId} sees it, with the others it was with. */
    public List<Interaction> ofContact(long contactId) {
        List<InteractionRecord> rows = dsl.select(INTERACTION.fields()).from(INTERACTION)
                .join(INTERACTION_CONTACT).on(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION_CONTACT.CONTACT_ID.eq(contactId))
                .orderBy(INTERACTION.HAPPENED_ON.desc(), INTERACTION.ID.desc())
                .fetchInto(INTERACTION);
        Map<Long, List<Long>> people = participantsOf(rows.stream().map(InteractionRecord::getId).toList());
        List<Interaction> theirs = new ArrayList<>(rows.stream().map(r -> new Interaction(r.getId(), contactId,
                r.getHappenedOn(), InteractionKind.valueOf(r.getKind()), r.getNotes(),
                people.getOrDefault(r.getId(), List.of()))).toList());
        theirs.addAll(messageDays.ofContact(contactId));
        theirs.sort(Comparator.comparing(Interaction::on).thenComparing(Interaction::id).reversed());
        return List.copyOf(theirs);
    }

    /** Contacts with an interaction (other than a like or comment) between the two days, both included. */
    public Set<Long> contactIdsBetween(LocalDate from, LocalDate to) {
        Set<Long> contacts = new HashSet<>(dsl.selectDistinct(INTERACTION_CONTACT.CONTACT_ID).from(INTERACTION)
                .join(INTERACTION_CONTACT).on(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION.HAPPENED_ON.between(from, to),
                        INTERACTION.KIND.ne(InteractionKind.SOCIAL_MEDIA.name()))
                .fetch(INTERACTION_CONTACT.CONTACT_ID));
        contacts.addAll(messageDays.contactIdsBetween(from, to));
        return contacts;
    }

    /**
     * Every interaction once, seen by the first of its people (lowest contact id): those of the interaction table
     * in id order, then the LinkedIn message days.
     */
    public List<Interaction> all() {
        List<Interaction> all = seenByFirst(DSL.noCondition(), DSL.noCondition());
        all.addAll(messageDays.all());
        return all;
    }

    /**
     * The interactions with anyone whose contact id is from {@code from} to {@code to}, each with all its people
     * and seen by the first of them, as {@link #all()} orders them: the store read a part at a time.
     */
    public List<Interaction> withAnyoneBetween(long from, long to) {
        var ofThesePeople = DSL.select(INTERACTION_CONTACT.INTERACTION_ID).from(INTERACTION_CONTACT)
                .where(INTERACTION_CONTACT.CONTACT_ID.between(from, to));
        List<Interaction> theirs = seenByFirst(INTERACTION_CONTACT.INTERACTION_ID.in(ofThesePeople),
                INTERACTION.ID.in(ofThesePeople));
        theirs.addAll(messageDays.withAnyoneBetween(from, to));
        return theirs;
    }

    private List<Interaction> seenByFirst(Condition peopleOf, Condition interactions) {
        Map<Long, List<Long>> people = new HashMap<>();
        dsl.selectFrom(INTERACTION_CONTACT).where(peopleOf)
                .orderBy(INTERACTION_CONTACT.INTERACTION_ID, INTERACTION_CONTACT.CONTACT_ID)
                .forEach(r -> people.computeIfAbsent(r.getInteractionId(), id -> new ArrayList<>())
                        .add(r.getContactId()));
        List<Interaction> seen = new ArrayList<>();
        for (InteractionRecord r : dsl.selectFrom(INTERACTION).where(interactions).orderBy(INTERACTION.ID)) {
            List<Long> with = people.getOrDefault(r.getId(), List.of());
            if (!with.isEmpty()) {
                seen.add(Interaction.with(r.getId(), with, r.getHappenedOn(), InteractionKind.valueOf(r.getKind()),
                        r.getNotes()));
            }
        }
        return seen;
    }

    /**
     * Stores interactions a download or calendar gave: no notes (their texts are never kept), the source, a key
     * unique within it for the contact, and the import that added them. {@code checkpoint} runs every few
     * thousand rows and may stop the insert by throwing (an import's Cancel).
     */
    public void insertFromSource(List<Interaction> interactions, List<String> sourceKeys, String source,
            String importRun, Runnable checkpoint) {
        if (interactions.isEmpty()) {
            return;
        }
        long[] ids = RowBatch.insertReturning(dsl, writes, dsl.insertInto(INTERACTION, INTERACTION.HAPPENED_ON,
                INTERACTION.KIND, INTERACTION.NOTES, INTERACTION.SOURCE, INTERACTION.SOURCE_KEY, INTERACTION.IMPORT_RUN)
                .values((LocalDate) null, null, null, null, null, null), interactions.size(), null, checkpoint,
                (row, i) -> {
                    row.setObject(1, interactions.get(i).on());
                    row.setString(2, interactions.get(i).kind().name());
                    row.setString(3, "");
                    row.setString(4, source);
                    row.setString(5, sourceKeys.get(i));
                    row.setString(6, importRun);
                }, INTERACTION.ID);
        List<long[]> participants = new ArrayList<>(interactions.size());
        for (int i = 0; i < interactions.size(); i++) {
            for (long contact : interactions.get(i).participants()) {
                participants.add(new long[] {ids[i], contact});
            }
        }
        RowBatch.insert(dsl, writes, dsl.insertInto(INTERACTION_CONTACT, INTERACTION_CONTACT.INTERACTION_ID,
                INTERACTION_CONTACT.CONTACT_ID).values((Long) null, null), participants.size(),
                participants.stream().map(pair -> pair[1]).collect(Collectors.toSet()), checkpoint, (row, i) -> {
                    row.setLong(1, participants.get(i)[0]);
                    row.setLong(2, participants.get(i)[1]);
                });
    }

    /**
     * Stores the days of LinkedIn messages a download gave, by contact: none of them stored for that contact
     * already. Each reads as a MESSAGE interaction from LinkedIn, as {@link #insertFromSource} would have stored it.
     */
    public void insertMessageDays(Map<Long, ? extends Collection<LocalDate>> daysByContact, String importRun) {
        messageDays.insert(daysByContact, importRun);
    }

    /** Whether {@link #insertMessageDays} can keep this day; one it cannot goes through {@link #insertFromSource}. */
    public static boolean keepsAsMessageDay(LocalDate day) {
        return LinkedInMessageDays.fits(day);
    }

    /** The source key of a LinkedIn message day stored as a row of its own. */
    public static String messageDayKey(LocalDate day) {
        return LinkedInMessageDays.sourceKey(day);
    }

    /** Everyone an import's interactions are with, for the rules to look at again when it is undone. */
    public Set<Long> contactsOfRun(String importRun) {
        Set<Long> contacts = new HashSet<>(dsl.selectDistinct(INTERACTION_CONTACT.CONTACT_ID).from(INTERACTION_CONTACT)
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_CONTACT.INTERACTION_ID))
                .where(INTERACTION.IMPORT_RUN.eq(importRun)).fetch(INTERACTION_CONTACT.CONTACT_ID));
        contacts.addAll(messageDays.contactsOfRun(importRun));
        return contacts;
    }

    /** Keys of the interactions already there from a source, as "contact|key". */
    public Set<String> sourceKeys(String source) {
        return new HashSet<>(dsl.select(INTERACTION_CONTACT.CONTACT_ID, INTERACTION.SOURCE_KEY).from(INTERACTION)
                .join(INTERACTION_CONTACT).on(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION.SOURCE.eq(source))
                .fetch(r -> r.value1() + "|" + r.value2()));
    }

    /** Each contact's days with an interaction from a source, as "contact|day". */
    public Set<String> daysFromSource(String source) {
        Set<String> days = new HashSet<>(dsl.select(INTERACTION_CONTACT.CONTACT_ID, INTERACTION.HAPPENED_ON)
                .from(INTERACTION).join(INTERACTION_CONTACT).on(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION.SOURCE.eq(source))
                .fetch(r -> r.value1() + "|" + r.value2()));
        if (source.equals(LinkedInMessageDays.SOURCE)) {
            days.addAll(messageDays.contactDays());
        }
        return days;
    }

    /** Which of a contact's interactions came from a file, by interaction id: the source's name. */
    public Map<Long, String> sourcesOf(long contactId) {
        Map<Long, String> sources = new HashMap<>();
        dsl.select(INTERACTION.ID, INTERACTION.SOURCE).from(INTERACTION)
                .join(INTERACTION_CONTACT).on(INTERACTION_CONTACT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION_CONTACT.CONTACT_ID.eq(contactId), INTERACTION.SOURCE.isNotNull())
                .forEach(r -> sources.put(r.value1(), r.value2()));
        return sources;
    }

    /** Deletes the interactions one import added; how many. */
    public int deleteOfRun(String importRun) {
        return messageDays.deleteOfRun(importRun)
                + dsl.deleteFrom(INTERACTION).where(INTERACTION.IMPORT_RUN.eq(importRun)).execute();
    }

    /**
     * Every interaction as the rules see it: once for each person it was with, without id, notes and the
     * others, which no rule reads, and one LocalDate per distinct day; at 300,000 interactions kept in memory
     * that is some 20 MB less.
     */
    public List<Interaction> allForRules() {
        return new EveryInteractionForRules(dsl).read();
    }

    /** {@link #allForRules()} for some contacts only: what a write to them may have changed. */
    public List<Interaction> forRulesOf(Collection<Long> contactIds) {
        Condition which = Ids.among(INTERACTION_CONTACT.CONTACT_ID, contactIds);
        Map<LocalDate, LocalDate> days = new HashMap<>();
        List<Interaction> all = new ArrayList<>();
        // Read straight from the JDBC result: a jOOQ record per row was a third of the time of this, the
        // biggest read of start-up.
        try (ResultSet rows = dsl.select(INTERACTION_CONTACT.CONTACT_ID, INTERACTION.HAPPENED_ON, INTERACTION.KIND)
                .from(INTERACTION_CONTACT).join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_CONTACT.INTERACTION_ID))
                .where(which)
                // Each person's interactions in the order of their ids, as the full read gives them.
                .orderBy(INTERACTION_CONTACT.CONTACT_ID, INTERACTION.ID).fetchResultSet()) {
            while (rows.next()) {
                LocalDate on = rows.getObject(2, LocalDate.class);
                all.add(new Interaction(null, rows.getLong(1), days.computeIfAbsent(on, day -> day),
                        InteractionKind.valueOf(rows.getString(3)), ""));
            }
        } catch (SQLException e) {
            throw new StoreException("Rapport could not read its interactions: " + e.getMessage(), e);
        }
        all.addAll(messageDays.forRules(LinkedInMessageDays.ofContacts(contactIds), days));
        return all;
    }

    /** The next statement writes only rows of these contacts' interactions. */
    private static void touches(Collection<Long> contactIds) {
        WriteTracker.nextStatementTouches(contactIds.toArray(Long[]::new));
    }

    private Map<Long, List<Long>> participantsOf(Collection<Long> interactionIds) {
        if (interactionIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(INTERACTION_CONTACT).where(INTERACTION_CONTACT.INTERACTION_ID.in(interactionIds))
                .orderBy(INTERACTION_CONTACT.CONTACT_ID)
                .fetchGroups(INTERACTION_CONTACT.INTERACTION_ID, INTERACTION_CONTACT.CONTACT_ID);
    }

    private void linkParticipants(List<Interaction> stored) {
        touches(stored.stream().flatMap(i -> i.participants().stream()).toList());
        BatchBindStep batch = dsl.batch(dsl.insertInto(INTERACTION_CONTACT, INTERACTION_CONTACT.INTERACTION_ID,
                INTERACTION_CONTACT.CONTACT_ID).values((Long) null, null));
        stored.forEach(i -> i.participants().forEach(contact -> batch.bind(i.id(), contact)));
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
