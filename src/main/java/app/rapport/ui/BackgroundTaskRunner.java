package app.rapport.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all changes, so store writes never race each other; reads run on threads of
 * their own once the changes queued before them are done. On one thread, the contacts page clicked at
 * start-up waited for the home page's verdicts, long after the user had left the home page.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);
    private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

    private final ExecutorService changes = Executors.newSingleThreadExecutor(daemon("rapport-background"));
    private final ExecutorService reads = Executors.newCachedThreadPool(daemon("rapport-read"));
    // Per key, when the last read started with it has been handed back: the next one's result waits for that.
    private final Map<Object, CompletableFuture<Void>> handedBack = new ConcurrentHashMap<>();
    private final Duration later;

    /** Reads that can wait ({@link #readLater}) start five seconds after they are asked for. */
    public BackgroundTaskRunner() {
        this(Duration.ofSeconds(5));
    }

    BackgroundTaskRunner(Duration later) {
        this.later = later;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        changes.execute(() -> {
            Outcome<T> outcome = outcomeOf(work);
            Platform.runLater(() -> outcome.handBack(onSuccess, onFailure));
        });
    }

    @Override
    public <T> void read(Object key, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // An empty task on the changes thread finishes once every change queued before this read has.
        CompletableFuture<Outcome<T>> outcome = CompletableFuture.runAsync(() -> { }, changes)
                .thenApplyAsync(ignored -> outcomeOf(work), reads);
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> before = handedBack.put(key, mine);
        (before == null ? NOTHING : before).thenCombine(outcome, (previous, result) -> result)
                .thenAccept(result -> Platform.runLater(() -> {
                    try {
                        result.handBack(onSuccess, onFailure);
                    } finally {
                        mine.complete(null);
                        // Unless a later read took the key's turn already: the map holds no key past its reads.
                        handedBack.remove(key, mine);
                    }
                }));
    }

    @Override
    public <T> void readLater(Object key, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // Measured at start-up: the contacts' search text folded beside the first visit of Readiness made that
        // visit about 100 ms slower.
        CompletableFuture.delayedExecutor(later.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> Platform.runLater(() -> {
                    if (!reads.isShutdown()) {
                        read(key, work, onSuccess, onFailure);
                    }
                }));
    }

    private static <T> Outcome<T> outcomeOf(Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (RuntimeException e) {
            // The message may quote user data, which must stay out of the log.
            LOG.warn("Background work failed: {}", e.getClass().getName());
            return new Outcome<>(null, e);
        }
    }

    /** What a piece of work came to: its result, or the exception it threw. */
    private record Outcome<T>(T result, RuntimeException error) {

        void handBack(Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(error);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        changes.shutdown();
        reads.shutdown();
    }
}
