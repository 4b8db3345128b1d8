package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.store.jooq.tables.records.InteractionRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Interactions: the time spent with contacts. */
public final class InteractionRepository {

    private final DSLContext dsl;

    InteractionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Interaction interaction) {
        return dsl.insertInto(INTERACTION)
                .set(INTERACTION.CONTACT_ID, interaction.contactId())
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .returning(INTERACTION.ID)
                .fetchOne(INTERACTION.ID);
    }

    /** Stores many new interactions in one batch (a generated or imported history); their ids are not needed. */
    public void insertAll(List<Interaction> interactions) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.HAPPENED_ON,
                INTERACTION.KIND, INTERACTION.NOTES).values((Long) null, null, null, null));
        interactions.forEach(i -> batch.bind(i.contactId(), i.on(), i.kind().name(), i.notes()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Puts back an interaction with its old id, for undo. */
    public void reinsert(Interaction interaction) {
        dsl.insertInto(INTERACTION)
                .set(INTERACTION.ID, interaction.id())
                .set(INTERACTION.CONTACT_ID, interaction.contactId())
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .execute();
    }

    public boolean update(Interaction interaction) {
        return dsl.update(INTERACTION)
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .where(INTERACTION.ID.eq(interaction.id()))
                .execute() == 1;
    }

    /** Moves every interaction of one contact to another (merging two records of one person). */
    public void reassign(long fromContact, long toContact) {
        dsl.update(INTERACTION).set(INTERACTION.CONTACT_ID, toContact).where(INTERACTION.CONTACT_ID.eq(fromContact))
                .execute();
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(INTERACTION).where(INTERACTION.ID.eq(id)).execute() == 1;
    }

    /** Newest first, as a timeline reads. */
    public List<Interaction> ofContact(long contactId) {
        return dsl.selectFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(contactId))
                .orderBy(INTERACTION.HAPPENED_ON.desc(), INTERACTION.ID.desc())
                .fetch(InteractionRepository::toInteraction);
    }

    /** Contacts with an interaction (other than a like or comment) between the two days, both included. */
    public Set<Long> contactIdsBetween(LocalDate from, LocalDate to) {
        return new HashSet<>(dsl.selectDistinct(INTERACTION.CONTACT_ID).from(INTERACTION)
                .where(INTERACTION.HAPPENED_ON.between(from, to),
                        INTERACTION.KIND.ne(InteractionKind.SOCIAL_MEDIA.name()))
                .fetch(INTERACTION.CONTACT_ID));
    }

    public List<Interaction> all() {
        return dsl.selectFrom(INTERACTION).fetch(InteractionRepository::toInteraction);
    }

    /**
     * Stores interactions a download or calendar gave: no notes (their texts are never kept), the source, a key
     * unique within it for the contact, and the import that added them.
     */
    public void insertFromSource(List<Interaction> interactions, List<String> sourceKeys, String source,
            String importRun) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(INTERACTION, INTERACTION.CONTACT_ID, INTERACTION.HAPPENED_ON,
                INTERACTION.KIND, INTERACTION.NOTES, INTERACTION.SOURCE, INTERACTION.SOURCE_KEY,
                INTERACTION.IMPORT_RUN).values((Long) null, null, null, null, null, null, null));
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            batch.bind(interaction.contactId(), interaction.on(), interaction.kind().name(), "", source,
                    sourceKeys.get(i), importRun);
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Keys of the interactions already there from a source, as "contact|key". */
    public Set<String> sourceKeys(String source) {
        return new HashSet<>(dsl.select(INTERACTION.CONTACT_ID, INTERACTION.SOURCE_KEY).from(INTERACTION)
                .where(INTERACTION.SOURCE.eq(source))
                .fetch(r -> r.value1() + "|" + r.value2()));
    }

    /** Which of a contact's interactions came from a file, by interaction id: the source's name. */
    public Map<Long, String> sourcesOf(long contactId) {
        Map<Long, String> sources = new HashMap<>();
        dsl.select(INTERACTION.ID, INTERACTION.SOURCE).from(INTERACTION)
                .where(INTERACTION.CONTACT_ID.eq(contactId), INTERACTION.SOURCE.isNotNull())
                .forEach(r -> sources.put(r.value1(), r.value2()));
        return sources;
    }

    public int deleteOfRun(String importRun) {
        return dsl.deleteFrom(INTERACTION).where(INTERACTION.IMPORT_RUN.eq(importRun)).execute();
    }

    /**
     * Every interaction as the rules see it: no id and no notes, which no rule reads, and one LocalDate per
     * distinct day; at 300,000 interactions kept in memory that is some 20 MB less.
     */
    public List<Interaction> allForRules() {
        Map<LocalDate, LocalDate> days = new HashMap<>();
        List<Interaction> all = new ArrayList<>();
        // Read straight from the JDBC result: a jOOQ record per row was a third of the time of this, the
        // biggest read of start-up.
        try (ResultSet rows = dsl.select(INTERACTION.CONTACT_ID, INTERACTION.HAPPENED_ON, INTERACTION.KIND)
                .from(INTERACTION).fetchResultSet()) {
            while (rows.next()) {
                LocalDate on = rows.getObject(2, LocalDate.class);
                all.add(new Interaction(null, rows.getLong(1), days.computeIfAbsent(on, day -> day),
                        InteractionKind.valueOf(rows.getString(3)), ""));
            }
        } catch (SQLException e) {
            throw new StoreException("Rapport could not read its interactions: " + e.getMessage(), e);
        }
        return all;
    }

    private static Interaction toInteraction(InteractionRecord r) {
        return new Interaction(r.getId(), r.getContactId(), r.getHappenedOn(), InteractionKind.valueOf(r.getKind()),
                r.getNotes());
    }
}
