package app.rapport.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands the result back on it. The app uses one background thread for
 * changes and lets reads run beside it; tests use {@link #sameThread()} so that a click has finished all its
 * work when it returns.
 */
public interface TaskRunner {

    /** Work that may change data: it runs after everything queued before it, one at a time. */
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Work that only reads, such as loading a page: it starts once every change queued before it is done,
     * and may then run beside other reads and later changes, so a page does not wait for another page's slow
     * load. The results of reads with the same {@code key} (a page's model, say) are handed back in the order
     * the reads were asked for, so a page never goes back to older data.
     */
    default <T> void read(Object key, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * A read nobody waits for, such as readying what makes a later search faster: as {@link #read}, but in the
     * app it starts a few seconds later, so that it does not share the cores with the pages a user opens first.
     */
    default <T> void readLater(Object key, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        read(key, work, onSuccess, onFailure);
    }

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                SameThreadWork.DEPTH.set(SameThreadWork.DEPTH.get() + 1);
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                } finally {
                    SameThreadWork.DEPTH.set(SameThreadWork.DEPTH.get() - 1);
                }
                onSuccess.accept(result);
            }
        };
    }

    /**
     * Whether this thread is doing work handed to a task runner: a test's same-thread runner does it on the FX
     * thread, which is then no sign of the store being used where it must not be.
     */
    static boolean doingTaskWork() {
        return SameThreadWork.DEPTH.get() > 0;
    }

    /** How deep in same-thread task work each thread is. */
    final class SameThreadWork {

        private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

        private SameThreadWork() {
        }
    }
}
