package app.rapport.store;

import static app.rapport.store.jooq.Tables.APP_SETTING;
import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.CONTACT_EMAIL;
import static app.rapport.store.jooq.Tables.CONTACT_PHONE;
import static app.rapport.store.jooq.Tables.CONTACT_TAG;
import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;
import static app.rapport.store.jooq.Tables.LINK;
import static app.rapport.store.jooq.Tables.LINKEDIN_MESSAGE_DAYS;
import static app.rapport.store.jooq.Tables.PLATFORM;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Query;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.QOM;

/**
 * Counts transactions that wrote, so that what was read before them can be known to be stale, and keeps what
 * each of them may have changed of the rules' inputs, so that {@link RuleInputs} can re-read only that. A
 * statement that is not a plain query marks its thread's transaction; the count goes up when that transaction
 * ends, committed or not (a rollback only costs a needless re-read). Data read at count n is current while the
 * count is still n.
 *
 * <p>What a statement changed is worked out from the table it writes: the contact, link and interaction
 * tables (and the one linking interactions to their people) hold one contact's rows, so a write to them is narrowed to the contacts the repository declared for
 * that very statement with {@link #nextStatementTouches} (an undeclared one changes "everything"); platforms
 * and settings are re-read whole (a few rows); the other tables (follow-ups, emails, tags, templates, history)
 * are no input of the rules. A statement whose table cannot be told also changes everything.
 */
final class WriteTracker implements ExecuteListener {

    /** What writes may have changed of the rules' inputs: everything, or some contacts and the small tables. */
    record Change(boolean everything, boolean platformsOrSettings, Set<Long> contacts) {

        static final Change EVERYTHING = new Change(true, true, Set.of());

        Change {
            contacts = Set.copyOf(contacts);
        }
    }

    /** Changes kept for readers that fell behind; one that fell further behind reads everything again. */
    private static final int KEPT_CHANGES = 256;
    private static final Set<String> CONTACT_TABLES = Set.of(CONTACT.getName(), LINK.getName(),
            INTERACTION.getName(), INTERACTION_CONTACT.getName(), LINKEDIN_MESSAGE_DAYS.getName());
    private static final Set<String> SMALL_TABLES = Set.of(PLATFORM.getName(), APP_SETTING.getName());
    /** The tables the contacts table's rows ({@link app.rapport.domain.ContactSummary}) are made of. */
    private static final Set<String> SUMMARY_TABLES = Set.of(CONTACT.getName(), CONTACT_TAG.getName(),
            CONTACT_EMAIL.getName(), CONTACT_PHONE.getName(), INTERACTION.getName(), INTERACTION_CONTACT.getName(),
            LINKEDIN_MESSAGE_DAYS.getName());
    /** Set just before a statement by the repository that runs it; every statement consumes it. */
    private static final ThreadLocal<Set<Long>> DECLARED = new ThreadLocal<>();

    private long version;
    private final Deque<Versioned> changes = new ArrayDeque<>();
    private final ThreadLocal<Pending> pending = ThreadLocal.withInitial(Pending::new);
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<Touched> touched = new ThreadLocal<>();
    private volatile boolean summaryTablesWritten;

    private record Versioned(long version, Change change) {
    }

    /** What the thread's open transaction has written so far. */
    private static final class Pending {
        boolean wrote;
        boolean everything;
        boolean platformsOrSettings;
        final Set<Long> contacts = new HashSet<>();

        Change change() {
            return everything ? Change.EVERYTHING : new Change(false, platformsOrSettings, contacts);
        }
    }

    /**
     * The next statement on this thread writes only rows of these contacts (and, when it is an insert, new rows
     * that belong to them). Called by a repository right before it runs that statement.
     */
    static void nextStatementTouches(Long... contactIds) {
        DECLARED.set(Set.copyOf(Arrays.asList(contactIds)));
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        Set<Long> declared = DECLARED.get();
        DECLARED.remove();
        if (ctx.type() == ExecuteType.READ && ctx.query() instanceof Select) {
            return;
        }
        wrote(ctx.batchQueries().length > 0 ? ctx.batchQueries() : new Query[] {ctx.query()}, declared);
    }

    /** A write run through JDBC directly ({@link RowBatch}), told as jOOQ tells the others. */
    void wroteDirectly(Query query, Set<Long> declared) {
        wrote(new Query[] {query}, declared);
    }

    private void wrote(Query[] queries, Set<Long> declared) {
        Pending tx = pending.get();
        tx.wrote = true;
        for (Query query : queries) {
            Optional<String> table = writtenTable(query);
            if (table.isEmpty() || SUMMARY_TABLES.contains(table.get())) {
                summaryTablesWritten = true;
            }
            if (table.isEmpty()) {
                tx.everything = true;
            } else if (CONTACT_TABLES.contains(table.get())) {
                if (declared == null) {
                    tx.everything = true;
                } else {
                    tx.contacts.addAll(declared);
                }
            } else if (SMALL_TABLES.contains(table.get())) {
                tx.platformsOrSettings = true;
            }
        }
    }

    private static Optional<String> writtenTable(Query query) {
        Table<?> table = switch (query) {
            case QOM.InsertReturning<?> returning -> returning.$insert().$into();
            case QOM.Insert<?> insert -> insert.$into();
            case QOM.Update<?> update -> update.$table();
            case QOM.Delete<?> delete -> delete.$from();
            case null, default -> null;
        };
        return Optional.ofNullable(table).map(Table::getName);
    }

    void transactionStarted() {
        depth.set(depth.get() + 1);
    }

    /**
     * Only the outermost transaction's end counts: an inner one's writes are not committed before it. True when
     * the outermost transaction ended having written.
     */
    boolean transactionEnded() {
        depth.set(depth.get() - 1);
        if (depth.get() == 0) {
            Pending tx = pending.get();
            pending.remove();
            if (tx.wrote) {
                record(tx.change());
                return true;
            }
        }
        return false;
    }

    /** What the transaction running on this thread says it changes; kept until the outermost one ends. */
    void touch(UnaryOperator<Touched> more) {
        Touched before = touched.get();
        touched.set(more.apply(before == null ? Touched.none() : before));
    }

    /** What the outermost transaction said it changed (null: nothing said), forgotten for the next one. */
    Touched takeTouched() {
        Touched said = touched.get();
        touched.remove();
        return said;
    }

    /** Whether a transaction runs on this thread already: a new one would be an inner one. */
    boolean inTransaction() {
        return depth.get() > 0;
    }

    /** Whatever was read before is stale: the database itself was replaced. */
    void everythingChanged() {
        summaryTablesWritten = true;
        record(Change.EVERYTHING);
    }

    /**
     * Whether any statement since the store opened may have written a table the contacts table's rows come from,
     * rolled back or not, or the database was replaced.
     */
    boolean summaryTablesWritten() {
        return summaryTablesWritten;
    }

    private synchronized void record(Change change) {
        version++;
        changes.addLast(new Versioned(version, change));
        if (changes.size() > KEPT_CHANGES) {
            changes.removeFirst();
        }
    }

    synchronized long version() {
        return version;
    }

    /**
     * Everything the writes after {@code from} up to {@code to} may have changed, as one change; "everything"
     * when some of them are no longer kept.
     */
    synchronized Change changesBetween(long from, long to) {
        if (changes.isEmpty() || changes.peekFirst().version() > from + 1) {
            return Change.EVERYTHING;
        }
        boolean small = false;
        Set<Long> contacts = new HashSet<>();
        for (Versioned versioned : changes) {
            if (versioned.version() > from && versioned.version() <= to) {
                if (versioned.change().everything()) {
                    return Change.EVERYTHING;
                }
                small |= versioned.change().platformsOrSettings();
                contacts.addAll(versioned.change().contacts());
            }
        }
        return new Change(false, small, contacts);
    }
}
