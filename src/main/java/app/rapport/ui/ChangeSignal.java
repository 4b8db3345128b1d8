package app.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;

import app.rapport.service.Change;
import app.rapport.service.Changes;

/**
 * The service layer's change signal on the FX thread. Changes heard off it are gathered until the FX thread
 * takes them, so an import's many commits reach the pages as one change instead of one reload per commit.
 */
public final class ChangeSignal {

    private final List<Consumer<Change>> listeners = new ArrayList<>();
    private final boolean onFxThread;
    private Change gathered;

    public ChangeSignal(Changes changes) {
        this(changes, true);
    }

    private ChangeSignal(Changes changes, boolean onFxThread) {
        this.onFxThread = onFxThread;
        changes.subscribe(this::heard);
    }

    /** For view-model tests without an FX thread: every change is told at once, on the thread that made it. */
    public static ChangeSignal sameThread(Changes changes) {
        return new ChangeSignal(changes, false);
    }

    /** {@code listener} hears every change that a page may show, on the FX thread. */
    public void listen(Consumer<Change> listener) {
        listeners.add(listener);
    }

    private void heard(Change change) {
        if (!change.isShown()) {
            return;
        }
        if (!onFxThread || Platform.isFxApplicationThread()) {
            deliver(change);
            return;
        }
        synchronized (this) {
            boolean scheduled = gathered != null;
            gathered = scheduled ? gathered.and(change) : change;
            if (scheduled) {
                return;
            }
        }
        Platform.runLater(this::deliverGathered);
    }

    private void deliverGathered() {
        Change change;
        synchronized (this) {
            change = gathered;
            gathered = null;
        }
        deliver(change);
    }

    private void deliver(Change change) {
        List.copyOf(listeners).forEach(listener -> listener.accept(change));
    }
}
