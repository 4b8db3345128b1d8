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
import java.util.Collection;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.store.jooq.tables.records.InteractionRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Interactions: the time spent with contacts. */
public final class InteractionRepository {

    private final DSLContext dsl;

    InteractionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Interaction interaction) {
        WriteTracker.nextStatementTouches(interaction.contactId());
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
        WriteTracker.nextStatementTouches(interaction.contactId());
        dsl.insertInto(INTERACTION)
                .set(INTERACTION.ID, interaction.id())
                .set(INTERACTION.CONTACT_ID, interaction.contactId())
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .execute();
    }

    /** Changes the interaction's day, kind and notes (not whose it is); false when it no longer exists. */
    public boolean update(Interaction interaction) {
        // Whose it is, as stored, so that the store re-reads only that contact's rule inputs.
        Long owner = dsl.select(INTERACTION.CONTACT_ID).from(INTERACTION)
                .where(INTERACTION.ID.eq(interaction.id())).fetchOne(INTERACTION.CONTACT_ID);
        if (owner == null) {
            return false;
        }
        WriteTracker.nextStatementTouches(owner);
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
     * Every interaction as the rules see it: no id and no notes, which no rule reads, and one LocalDate per
     * distinct day; at 300,000 interactions kept in memory that is some 20 MB less.
     */
    public List<Interaction> allForRules() {
        return forRules(DSL.noCondition());
    }

    /** {@link #allForRules()} for some contacts only: what a write to them may have changed. */
    public List<Interaction> forRulesOf(Collection<Long> contactIds) {
        return forRules(INTERACTION.CONTACT_ID.in(contactIds));
    }

    private List<Interaction> forRules(Condition which) {
        Map<LocalDate, LocalDate> days = new HashMap<>();
        List<Interaction> all = new ArrayList<>();
        // Read straight from the JDBC result: a jOOQ record per row was a third of the time of this, the
        // biggest read of start-up.
        try (ResultSet rows = dsl.select(INTERACTION.CONTACT_ID, INTERACTION.HAPPENED_ON, INTERACTION.KIND)
                .from(INTERACTION).where(which).fetchResultSet()) {
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
