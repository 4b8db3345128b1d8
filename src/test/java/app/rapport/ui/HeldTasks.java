package app.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A task runner that holds every piece of work until the test runs it, as the background threads would a moment
 * later: to look at a page before its data has been read.
 */
public final class HeldTasks implements TaskRunner {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
    }

    /** On the FX thread: runs and hands back everything held so far. */
    public void runAll() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
