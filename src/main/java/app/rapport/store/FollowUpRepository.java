package app.rapport.store;

import static app.rapport.store.jooq.Tables.FOLLOW_UP;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.store.jooq.tables.records.FollowUpRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The follow-up queue. */
public final class FollowUpRepository {

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(FollowUp followUp) {
        return dsl.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.CONTACT_ID, followUp.contactId())
                .set(FOLLOW_UP.PLATFORM_ID, followUp.platformId())
                .set(FOLLOW_UP.RULE, followUp.rule())
                .set(FOLLOW_UP.TRIGGER_KEY, followUp.triggerKey())
                .set(FOLLOW_UP.TITLE, followUp.title())
                .set(FOLLOW_UP.MESSAGE, followUp.message())
                .set(FOLLOW_UP.DUE, followUp.due())
                .set(FOLLOW_UP.STATUS, followUp.status().name())
                .set(FOLLOW_UP.CREATED_ON, followUp.createdOn())
                .returning(FOLLOW_UP.ID)
                .fetchOne(FOLLOW_UP.ID);
    }

    /** Stores many new follow-ups in one batch; their ids are not needed (a full re-evaluation opens them). */
    public void insertAll(List<FollowUp> followUps) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(FOLLOW_UP, FOLLOW_UP.CONTACT_ID, FOLLOW_UP.PLATFORM_ID,
                FOLLOW_UP.RULE, FOLLOW_UP.TRIGGER_KEY, FOLLOW_UP.TITLE, FOLLOW_UP.MESSAGE, FOLLOW_UP.DUE,
                FOLLOW_UP.STATUS, FOLLOW_UP.CREATED_ON).values((Long) null, null, null, null, null, null, null, null,
                null));
        followUps.forEach(f -> batch.bind(f.contactId(), f.platformId(), f.rule(), f.triggerKey(), f.title(),
                f.message(), f.due(), f.status().name(), f.createdOn()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** {@link #setStatus} for many follow-ups in one batch. */
    public void setStatusAll(List<Long> ids, FollowUpStatus status, LocalDate closedOn) {
        BatchBindStep batch = dsl.batch(dsl.update(FOLLOW_UP).set(FOLLOW_UP.STATUS, (String) null)
                .set(FOLLOW_UP.CLOSED_ON, (LocalDate) null).where(FOLLOW_UP.ID.eq((Long) null)));
        ids.forEach(id -> batch.bind(status.name(), closedOn, id));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public List<FollowUp> open() {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()))
                .orderBy(FOLLOW_UP.DUE, FOLLOW_UP.ID).fetch(FollowUpRepository::toFollowUp);
    }

    /** Open follow-ups due on or before {@code day}, oldest due first: what needs doing now, not the whole queue. */
    public List<FollowUp> openDueBy(LocalDate day) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()), FOLLOW_UP.DUE.le(day))
                .orderBy(FOLLOW_UP.DUE, FOLLOW_UP.ID).fetch(FollowUpRepository::toFollowUp);
    }

    public List<FollowUp> all() {
        return dsl.selectFrom(FOLLOW_UP).orderBy(FOLLOW_UP.ID).fetch(FollowUpRepository::toFollowUp);
    }

    public Optional<FollowUp> find(long id) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(FollowUpRepository::toFollowUp);
    }

    public void setStatus(long id, FollowUpStatus status, LocalDate closedOn) {
        dsl.update(FOLLOW_UP).set(FOLLOW_UP.STATUS, status.name()).set(FOLLOW_UP.CLOSED_ON, closedOn)
                .where(FOLLOW_UP.ID.eq(id)).execute();
    }

    public void setDue(long id, LocalDate due) {
        dsl.update(FOLLOW_UP).set(FOLLOW_UP.DUE, due).where(FOLLOW_UP.ID.eq(id)).execute();
    }

    /** Rewrites what the user typed in a manual follow-up. */
    public void updateText(long id, String title, String message, LocalDate due) {
        dsl.update(FOLLOW_UP).set(FOLLOW_UP.TITLE, title).set(FOLLOW_UP.MESSAGE, message).set(FOLLOW_UP.DUE, due)
                .where(FOLLOW_UP.ID.eq(id)).execute();
    }

    public void reassign(long fromContact, long toContact) {
        dsl.update(FOLLOW_UP).set(FOLLOW_UP.CONTACT_ID, toContact).where(FOLLOW_UP.CONTACT_ID.eq(fromContact))
                .execute();
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).execute() == 1;
    }

    public List<FollowUp> ofContact(long contactId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CONTACT_ID.eq(contactId))
                .orderBy(FOLLOW_UP.DUE, FOLLOW_UP.ID).fetch(FollowUpRepository::toFollowUp);
    }

    /** Every follow-up of one rule, in any status. */
    public List<FollowUp> ofRule(String rule) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.RULE.eq(rule)).orderBy(FOLLOW_UP.ID)
                .fetch(FollowUpRepository::toFollowUp);
    }

    /** The open follow-ups of one rule. */
    public List<FollowUp> openOfRule(String rule) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()), FOLLOW_UP.RULE.eq(rule))
                .orderBy(FOLLOW_UP.ID).fetch(FollowUpRepository::toFollowUp);
    }

    /** The trigger keys of every open follow-up of one rule, in one query. */
    public Set<String> openTriggers(String rule) {
        return new HashSet<>(dsl.select(FOLLOW_UP.TRIGGER_KEY).from(FOLLOW_UP)
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()), FOLLOW_UP.RULE.eq(rule))
                .fetch(FOLLOW_UP.TRIGGER_KEY));
    }

    public List<FollowUp> withTrigger(String triggerKey) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.TRIGGER_KEY.eq(triggerKey))
                .fetch(FollowUpRepository::toFollowUp);
    }

    private static FollowUp toFollowUp(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getContactId(), r.getPlatformId(), r.getRule(), r.getTriggerKey(),
                r.getTitle(), r.getMessage(), r.getDue(), FollowUpStatus.valueOf(r.getStatus()), r.getCreatedOn());
    }
}
