package app.rapport.ui.welcome;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.SampleDataService;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DialogService;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/** Whether the sample address book is loaded, and removing it after the user confirmed. */
public final class SampleDataViewModel {

    private final SampleDataService sampleData;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Freshness freshness;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SampleDataViewModel(SampleDataService sampleData, TaskRunner tasks, DialogService dialogs,
                               ChangeSignal changes) {
        this.sampleData = sampleData;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.freshness = new Freshness(changes, change -> change.everything(), change -> refresh());
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

    /** Asks first: the sample contacts go, with their interactions and follow-ups. */
    public void remove() {
        if (dialogs.confirm("Remove the sample data?", "The sample contacts, their interactions and follow-ups are "
                + "deleted. Your own contacts are not touched.", "Remove")) {
            tasks.run(sampleData::remove, removed -> problem.set(""), error -> problem.set(Problems.describe(error)));
        }
    }

    public void dismissProblem() {
        problem.set("");
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
