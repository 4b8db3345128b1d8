package app.rapport.store;

import static app.rapport.store.jooq.Tables.LINK;
import static app.rapport.store.jooq.Tables.LINK_CHANGE;
import static app.rapport.store.jooq.Tables.PLATFORM;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.store.jooq.tables.records.LinkRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Links between contacts and platforms, and every change of their state. */
public final class LinkRepository {

    private final DSLContext dsl;

    LinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Link> all() {
        return dsl.selectFrom(LINK).fetch(LinkRepository::toLink);
    }

    /** Everyone's links on one platform. */
    public List<Link> onPlatform(String platformId) {
        return dsl.selectFrom(LINK).where(LINK.PLATFORM_ID.eq(platformId)).fetch(LinkRepository::toLink);
    }

    /** The links of these contacts only: what a write to them may have changed. */
    public List<Link> ofContacts(Collection<Long> contactIds) {
        return dsl.selectFrom(LINK).where(Ids.among(LINK.CONTACT_ID, contactIds)).fetch(LinkRepository::toLink);
    }

    /** The REQUEST_RECEIVED links of everyone, in one query. */
    public List<Link> requestsReceived() {
        // Naming the platforms lets H2 find them through the index on platform and state instead of reading every link.
        return dsl.selectFrom(LINK).where(LINK.PLATFORM_ID.in(DSL.select(PLATFORM.ID).from(PLATFORM)),
                LINK.STATE.eq(LinkState.REQUEST_RECEIVED.name())).fetch(LinkRepository::toLink);
    }

    public List<Link> ofContact(long contactId) {
        return dsl.selectFrom(LINK).where(LINK.CONTACT_ID.eq(contactId)).fetch(LinkRepository::toLink);
    }

    public Optional<Link> find(long contactId, String platformId) {
        return dsl.selectFrom(LINK).where(LINK.CONTACT_ID.eq(contactId), LINK.PLATFORM_ID.eq(platformId))
                .fetchOptional(LinkRepository::toLink);
    }

    /** Stores the link as given, replacing any earlier one for the same contact and platform. */
    public void put(Link link) {
        WriteTracker.nextStatementTouches(link.contactId());
        dsl.insertInto(LINK)
                .set(LINK.CONTACT_ID, link.contactId())
                .set(LINK.PLATFORM_ID, link.platformId())
                .set(LINK.STATE, link.state().name())
                .set(LINK.SINCE, link.since())
                .set(LINK.HANDLE, link.handle())
                .onDuplicateKeyUpdate()
                .set(LINK.STATE, link.state().name())
                .set(LINK.SINCE, link.since())
                .set(LINK.HANDLE, link.handle())
                .execute();
    }

    /** Stores many links that do not exist yet (at most one per contact and platform) in one batch. */
    public void insertAll(Collection<Link> links) {
        BatchBindStep insert = dsl.batch(dsl.insertInto(LINK, LINK.CONTACT_ID, LINK.PLATFORM_ID, LINK.STATE,
                LINK.SINCE, LINK.HANDLE).values((Long) null, null, null, null, null));
        links.forEach(link -> insert.bind(link.contactId(), link.platformId(), link.state().name(), link.since(),
                link.handle()));
        if (insert.size() > 0) {
            insert.execute();
        }
    }

    /** Rewrites the state, date and handle of many stored links in one batch. */
    public void updateAll(Collection<Link> links) {
        BatchBindStep update = dsl.batch(dsl.update(LINK).set(LINK.STATE, (String) null)
                .set(LINK.SINCE, (LocalDate) null).set(LINK.HANDLE, (String) null)
                .where(LINK.CONTACT_ID.eq((Long) null), LINK.PLATFORM_ID.eq((String) null)));
        links.forEach(link -> update.bind(link.state().name(), link.since(), link.handle(), link.contactId(),
                link.platformId()));
        if (update.size() > 0) {
            update.execute();
        }
    }

    /** {@link #addChange} for many changes in one batch. */
    public void addChanges(List<LinkChange> changes) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(LINK_CHANGE, LINK_CHANGE.CONTACT_ID, LINK_CHANGE.PLATFORM_ID,
                LINK_CHANGE.CHANGED_ON, LINK_CHANGE.FROM_STATE, LINK_CHANGE.TO_STATE)
                .values((Long) null, null, null, null, null));
        changes.forEach(c -> batch.bind(c.contactId(), c.platformId(), c.on(), c.from().name(), c.to().name()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Moves a link and its history to another contact; the caller settles platforms where both have one. */
    public void reassign(long fromContact, long toContact, String platformId) {
        dsl.deleteFrom(LINK).where(LINK.CONTACT_ID.eq(toContact), LINK.PLATFORM_ID.eq(platformId)).execute();
        dsl.update(LINK).set(LINK.CONTACT_ID, toContact)
                .where(LINK.CONTACT_ID.eq(fromContact), LINK.PLATFORM_ID.eq(platformId)).execute();
    }

    public void reassignHistory(long fromContact, long toContact) {
        dsl.update(LINK_CHANGE).set(LINK_CHANGE.CONTACT_ID, toContact).where(LINK_CHANGE.CONTACT_ID.eq(fromContact))
                .execute();
    }

    public void addChange(LinkChange change) {
        dsl.insertInto(LINK_CHANGE)
                .set(LINK_CHANGE.CONTACT_ID, change.contactId())
                .set(LINK_CHANGE.PLATFORM_ID, change.platformId())
                .set(LINK_CHANGE.CHANGED_ON, change.on())
                .set(LINK_CHANGE.FROM_STATE, change.from().name())
                .set(LINK_CHANGE.TO_STATE, change.to().name())
                .execute();
    }

    /** Gives the day to the link's history entries into {@code to} whose day was not known. */
    public void dateUnknownChanges(long contactId, String platformId, LinkState to, LocalDate on) {
        dsl.update(LINK_CHANGE).set(LINK_CHANGE.CHANGED_ON, on)
                .where(LINK_CHANGE.CONTACT_ID.eq(contactId), LINK_CHANGE.PLATFORM_ID.eq(platformId),
                        LINK_CHANGE.TO_STATE.eq(to.name()), LINK_CHANGE.CHANGED_ON.isNull())
                .execute();
    }

    public List<LinkChange> history(long contactId) {
        return dsl.selectFrom(LINK_CHANGE).where(LINK_CHANGE.CONTACT_ID.eq(contactId))
                .orderBy(LINK_CHANGE.CHANGED_ON.desc(), LINK_CHANGE.ID.desc())
                .fetch(r -> new LinkChange(r.getContactId(), r.getPlatformId(), r.getChangedOn(),
                        LinkState.valueOf(r.getFromState()), LinkState.valueOf(r.getToState())));
    }

    /**
     * Stores a link whose state a download or calendar gave, with where it came from; {@code source} null puts
     * back a link the user had set (an undone import).
     */
    public void putFromSource(Link link, String source, LocalDate sourceOn) {
        dsl.insertInto(LINK)
                .set(LINK.CONTACT_ID, link.contactId())
                .set(LINK.PLATFORM_ID, link.platformId())
                .set(LINK.STATE, link.state().name())
                .set(LINK.SINCE, link.since())
                .set(LINK.HANDLE, link.handle())
                .set(LINK.SOURCE, source)
                .set(LINK.SOURCE_ON, sourceOn)
                .onDuplicateKeyUpdate()
                .set(LINK.STATE, link.state().name())
                .set(LINK.SINCE, link.since())
                .set(LINK.HANDLE, link.handle())
                .set(LINK.SOURCE, source)
                .set(LINK.SOURCE_ON, sourceOn)
                .execute();
    }

    /** A link's state as a download gave it: the source, and the day that source knew it. */
    public record FromSource(Link link, String source, LocalDate on) {
    }

    /**
     * Many links from downloads at once, as {@link #putFromSource} stores one: {@code stored} says which of them
     * are there already. Two batches, an insert and an update, instead of a statement each: at 3,000 Facebook
     * friends, rendering one merge per link was half the time of writing them.
     */
    public void putAllFromSource(Collection<FromSource> links, Predicate<Link> stored) {
        BatchBindStep inserts = dsl.batch(dsl.insertInto(LINK, LINK.CONTACT_ID, LINK.PLATFORM_ID, LINK.STATE,
                LINK.SINCE, LINK.HANDLE, LINK.SOURCE, LINK.SOURCE_ON)
                .values((Long) null, null, null, null, null, null, null));
        BatchBindStep updates = dsl.batch(dsl.update(LINK).set(LINK.STATE, (String) null)
                .set(LINK.SINCE, (LocalDate) null).set(LINK.HANDLE, (String) null).set(LINK.SOURCE, (String) null)
                .set(LINK.SOURCE_ON, (LocalDate) null)
                .where(LINK.CONTACT_ID.eq((Long) null), LINK.PLATFORM_ID.eq((String) null)));
        for (FromSource from : links) {
            Link link = from.link();
            if (stored.test(link)) {
                updates.bind(link.state().name(), link.since(), link.handle(), from.source(), from.on(),
                        link.contactId(), link.platformId());
            } else {
                inserts.bind(link.contactId(), link.platformId(), link.state().name(), link.since(), link.handle(),
                        from.source(), from.on());
            }
        }
        if (inserts.size() > 0) {
            inserts.execute();
        }
        if (updates.size() > 0) {
            updates.execute();
        }
    }

    /** The user set the state by hand: it no longer comes from a download. */
    public void forgetSource(long contactId, String platformId) {
        dsl.update(LINK).setNull(LINK.SOURCE).setNull(LINK.SOURCE_ON)
                .where(LINK.CONTACT_ID.eq(contactId), LINK.PLATFORM_ID.eq(platformId)).execute();
    }

    public void delete(long contactId, String platformId) {
        dsl.deleteFrom(LINK).where(LINK.CONTACT_ID.eq(contactId), LINK.PLATFORM_ID.eq(platformId)).execute();
    }

    /** Where the states of a contact's links came from, for those a download or calendar gave. */
    public List<LinkSource> sourcesOf(long contactId) {
        return dsl.selectFrom(LINK).where(LINK.CONTACT_ID.eq(contactId), LINK.SOURCE.isNotNull())
                .fetch(r -> new LinkSource(r.getContactId(), r.getPlatformId(), r.getSource(), r.getSourceOn()));
    }

    /** Every link's source, for those a download or calendar gave. */
    public List<LinkSource> allSources() {
        return dsl.selectFrom(LINK).where(LINK.SOURCE.isNotNull())
                .fetch(r -> new LinkSource(r.getContactId(), r.getPlatformId(), r.getSource(), r.getSourceOn()));
    }

    public Optional<LinkSource> sourceOf(long contactId, String platformId) {
        return dsl.selectFrom(LINK)
                .where(LINK.CONTACT_ID.eq(contactId), LINK.PLATFORM_ID.eq(platformId), LINK.SOURCE.isNotNull())
                .fetchOptional(r -> new LinkSource(r.getContactId(), r.getPlatformId(), r.getSource(),
                        r.getSourceOn()));
    }

    /** Ledger entries a download brought, dated by the download, marked with the import that added them. */
    public void addChangesFromSource(List<LinkChange> changes, String source, String importRun) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(LINK_CHANGE, LINK_CHANGE.CONTACT_ID, LINK_CHANGE.PLATFORM_ID,
                LINK_CHANGE.CHANGED_ON, LINK_CHANGE.FROM_STATE, LINK_CHANGE.TO_STATE, LINK_CHANGE.SOURCE,
                LINK_CHANGE.IMPORT_RUN).values((Long) null, null, null, null, null, null, null));
        changes.forEach(c -> batch.bind(c.contactId(), c.platformId(), c.on(), c.from().name(), c.to().name(),
                source, importRun));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** The ledger entries already there from a source, as "contact|platform|day|to", so none is added twice. */
    public Set<String> changeKeysFromSource(String source) {
        return Set.copyOf(dsl.select(LINK_CHANGE.CONTACT_ID, LINK_CHANGE.PLATFORM_ID, LINK_CHANGE.CHANGED_ON,
                        LINK_CHANGE.TO_STATE).from(LINK_CHANGE).where(LINK_CHANGE.SOURCE.eq(source))
                .fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3() + "|" + r.value4()));
    }

    public int deleteChangesOfRun(String importRun) {
        return dsl.deleteFrom(LINK_CHANGE).where(LINK_CHANGE.IMPORT_RUN.eq(importRun)).execute();
    }

    private static Link toLink(LinkRecord r) {
        return new Link(r.getContactId(), r.getPlatformId(), LinkState.valueOf(r.getState()), r.getSince(),
                r.getHandle());
    }
}
