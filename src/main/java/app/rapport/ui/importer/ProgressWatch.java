package app.rapport.ui.importer;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.ImportProgress;
import app.rapport.ui.FxThread;

/** An import's progress as a bar and in words on the FX thread, and its Cancel, for both imports. */
class ProgressWatch implements ImportProgress {

    private final String unit;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** {@code unit} names what is counted ("rows", "people"). */
    ProgressWatch(String unit) {
        this.unit = unit;
    }

    void start() {
        cancelled.set(false);
        progress.set(0);
        text.set("Starting\u2026");
    }

    void cancel() {
        cancelled.set(true);
        text.set("Cancelling\u2026 nothing will be kept.");
    }

    @Override
    public void worked(int done, int total) {
        // A screen refresh per hundred steps is plenty; one per row would flood the FX thread.
        if (done % 100 != 0 && done != total && done != 1) {
            return;
        }
        Runnable show = () -> {
            progress.set(total == 0 ? 1 : (double) done / total);
            text.set(String.format("%,d of %,d %s", done, total, unit));
        };
        FxThread.run(show);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
