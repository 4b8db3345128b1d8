package app.rapport.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import app.rapport.store.Touched;
import app.rapport.store.WriteListener;

/**
 * The one change signal: after every committed write it tells its listeners what changed. A use case says what
 * it touches inside its transaction ({@code tx.touched(contactId)}); a write that says nothing counts as
 * everything, so no page is left stale by a use case that forgot. Listeners hear it on the thread that wrote.
 */
public final class Changes implements WriteListener {

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** A change that no transaction makes, such as the day turning while the window is open. */
    public void publish(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    @Override
    public void transactionEnded(boolean committedWrite, Touched touched) {
        if (committedWrite) {
            publish(touched == null ? Change.EVERYTHING : of(touched));
        }
    }

    @Override
    public void replaced() {
        publish(Change.EVERYTHING);
    }

    private static Change of(Touched touched) {
        Change change = Change.contacts(touched.contacts());
        return touched.settings() ? change.and(Change.SETTINGS) : change;
    }
}
