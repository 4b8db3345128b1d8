package app.rapport.ui.welcome;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.SampleDataService;
import app.rapport.service.SampleRemoval;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DialogService;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/**
 * Whether the sample address book is loaded; removing it after the user confirmed (naming the sample contacts
 * that stay because the user added to them), and taking the removal back.
 */
public final class SampleDataViewModel {

    private static final int NAMES_SHOWN = 4;

    private final SampleDataService sampleData;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Freshness freshness;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SampleRemoval> undoable = new ReadOnlyObjectWrapper<>();
    private final StringBinding undoMessage = Bindings.createStringBinding(() -> said(undoable.get()), undoable);

    public SampleDataViewModel(SampleDataService sampleData, TaskRunner tasks, DialogService dialogs,
                               ChangeSignal changes) {
        this.sampleData = sampleData;
        this.tasks = tasks;
        this.dialogs = dialogs;
        // Any contact written may be a sample one the user added to, or the last sample one removed.
        this.freshness = new Freshness(changes, change -> change.everything() || !change.contacts().isEmpty(),
                change -> refresh());
    }

    public void shown() {
        freshness.shown();
    }

    public void hidden() {
        freshness.hidden();
    }

    private void refresh() {
        tasks.read(this, sampleData::isLoaded, loaded::set, error -> loaded.set(false));
    }

    /** Asks first, saying who stays and why; then removes the rest, and the undo bar offers to take it back. */
    public void remove() {
        tasks.run(sampleData::plan, plan -> {
            if (dialogs.confirm("Remove the sample data?", question(plan), "Remove")) {
                tasks.run(sampleData::remove, removal -> {
                    problem.set("");
                    undoable.set(removal);
                }, this::fail);
            }
        }, this::fail);
    }

    /** Gives back every sample contact as it was (Ctrl+Z on the home page); nothing when there is nothing to undo. */
    public void undo() {
        SampleRemoval removal = undoable.get();
        if (removal == null) {
            return;
        }
        undoable.set(null);
        tasks.run(() -> {
            sampleData.undo(removal);
            return removal;
        }, undone -> problem.set(""), this::fail);
    }

    public void forgetUndo() {
        undoable.set(null);
    }

    private void fail(Throwable error) {
        problem.set(Problems.describe(error));
    }

    static String question(SampleRemoval.Plan plan) {
        String going = plan.removes() == 1 ? "The sample contact goes" : "The " + plan.removes()
                + " sample contacts go";
        if (plan.keeps().isEmpty()) {
            return going + ", with their interactions and follow-ups. Your own contacts are not touched, and Undo "
                    + "brings it all back.";
        }
        return (plan.removes() == 0 ? "" : going + ", with their interactions and follow-ups. ")
                + names(plan.keeps()) + (plan.keeps().size() == 1 ? " stays" : " stay")
                + " as your own, with what you added. Your own contacts are not touched, and Undo brings it all "
                + "back.";
    }

    private static String said(SampleRemoval removal) {
        if (removal == null) {
            return "";
        }
        String removed = "Removed " + (removal.removed() == 1 ? "1 sample contact" : removal.removed()
                + " sample contacts") + ".";
        return removal.kept().isEmpty() ? removed : removed + " Kept " + names(removal.kept())
                + ", with what you added.";
    }

    /** "Ada", "Ada and Grace", "Ada, Grace and Alan", past four "… and 3 others". */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        List<String> shown = names.size() > NAMES_SHOWN ? names.subList(0, NAMES_SHOWN - 1) : names.subList(0,
                names.size() - 1);
        String last = names.size() > NAMES_SHOWN ? (names.size() - shown.size()) + " others"
                : names.getLast();
        return String.join(", ", shown) + " and " + last;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What the undo bar says; empty when there is nothing to undo. */
    public StringBinding undoMessage() {
        return undoMessage;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }
}
