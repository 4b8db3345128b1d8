package app.rapport.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Select;

/**
 * Counts transactions that wrote, so that what was read before them can be known to be stale. A statement
 * that is not a plain query marks its thread's transaction; the count goes up when that transaction ends,
 * committed or not (a rollback only costs a needless re-read). Data read at count n is current while the
 * count is still n.
 */
final class WriteTracker implements ExecuteListener {

    private final AtomicLong version = new AtomicLong();
    private final ThreadLocal<Boolean> wrote = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<Touched> touched = new ThreadLocal<>();

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ || !(ctx.query() instanceof Select)) {
            wrote.set(true);
        }
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
        if (depth.get() == 0 && wrote.get()) {
            wrote.set(false);
            version.incrementAndGet();
            return true;
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
        version.incrementAndGet();
    }

    long version() {
        return version.get();
    }
}
