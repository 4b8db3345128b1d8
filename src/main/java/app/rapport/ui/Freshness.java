package app.rapport.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;

import app.rapport.service.Change;

/**
 * Keeps a page's data in step with the change signal: a change it shows is applied at once while the page is
 * shown, and gathered for the next time it is shown otherwise, so hidden pages cost nothing. A page starts
 * stale: its first showing loads it.
 */
public final class Freshness {

    private final Predicate<Change> concerns;
    private final Consumer<Change> apply;
    private boolean showing;
    private Change missed = Change.EVERYTHING;

    /** {@code apply} gets what changed, or {@link Change#EVERYTHING} for a first or full load. */
    public Freshness(ChangeSignal signal, Predicate<Change> concerns, Consumer<Change> apply) {
        this.concerns = concerns;
        this.apply = apply;
        signal.listen(this::changed);
    }

    /** For data shown all the time, such as a sidebar badge: loads now and follows every change from here on. */
    public static Freshness always(ChangeSignal signal, Runnable reload) {
        Freshness freshness = new Freshness(signal, change -> true, change -> reload.run());
        freshness.shown();
        return freshness;
    }

    public void shown() {
        showing = true;
        if (missed != null) {
            Change change = missed;
            missed = null;
            apply.accept(change);
        }
    }

    /** Shown with other data than before (another contact): read whole now, whatever was gathered. */
    public void shownAfresh() {
        showing = true;
        missed = null;
        apply.accept(Change.EVERYTHING);
    }

    public void hidden() {
        showing = false;
    }

    /** Reads everything again at the next showing, or now while shown (after a problem, say). */
    public void invalidate() {
        changed(Change.EVERYTHING);
    }

    private void changed(Change change) {
        if (!concerns.test(change)) {
            return;
        }
        if (showing) {
            apply.accept(change);
        } else {
            missed = missed == null ? change : missed.and(change);
        }
    }
}
