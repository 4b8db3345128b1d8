package app.rapport.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.WorkProgress;

/**
 * The progress of long work (an import, a backup, a restore, an export, a password change) as a bar and in words on
 * the FX thread, and its Cancel.
 */
public class WorkWatch implements WorkProgress {

    /** How far a step is that cannot tell: what a progress bar takes for "indeterminate". */
    public static final double UNKNOWN = -1;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final String unit;
    // Only the one task at work reports, from its own thread: these need no lock.
    private String lastStep;
    private int lastPercent;

    /** Words how far a step is in percent: "Backing up… 40%". */
    public WorkWatch() {
        this(null);
    }

    /** Words how far a step is by counting {@code unit}: "Importing… 1,200 of 3,000 people". */
    public WorkWatch(String unit) {
        this.unit = unit;
    }

    /** Before each piece of work: until its first step reports, the bar moves and says it is starting. */
    public void start() {
        cancelled.set(false);
        lastStep = null;
        progress.set(UNKNOWN);
        step.set("Starting\u2026");
    }

    public void cancel() {
        cancelled.set(true);
        step.set("Cancelling\u2026");
    }

    @Override
    public void worked(String what, long done, long total) {
        int percent = total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        // A screen refresh per percent is plenty; a restore reports every few kilobytes.
        if (what.equals(lastStep) && percent == lastPercent) {
            return;
        }
        lastStep = what;
        lastPercent = percent;
        Runnable show = () -> {
            if (cancelled.get()) {
                return;
            }
            progress.set(percent < 0 ? UNKNOWN : percent / 100.0);
            step.set(percent < 0 ? what + "\u2026" : what + "\u2026 " + (unit == null ? percent + "%"
                    : String.format("%,d of %,d %s", done, total, unit)));
        };
        FxThread.run(show);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** From 0 to 1, or {@link #UNKNOWN} while a step cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being done and how far, "Reading the backup… 40%"; "Cancelling…" after a Cancel. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }
}
