package app.rapport.ui.home;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.DueFollowUp;
import app.rapport.service.HomeService;
import app.rapport.service.HomeSummary;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.Freshness;
import app.rapport.ui.Navigator;
import app.rapport.ui.Page;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/** The home page's data: one summary, read again when something it counts changed. */
public final class HomeViewModel {

    private final HomeService home;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Freshness freshness;
    private final ReadOnlyObjectWrapper<HomeSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public HomeViewModel(HomeService home, TaskRunner tasks, ChangeSignal changes, Navigator navigator) {
        this.home = home;
        this.tasks = tasks;
        this.navigator = navigator;
        this.freshness = new Freshness(changes, change -> true, change -> reload());
    }

    public void shown() {
        freshness.shown();
    }

    public void hidden() {
        freshness.hidden();
    }

    private void reload() {
        tasks.read(this, home::summary, loaded -> {
            summary.set(loaded);
            problem.set("");
        }, error -> {
            // Cards from an earlier read would no longer be true, and empty ones would look like an empty store.
            summary.set(null);
            problem.set(Problems.describe(error));
        });
    }

    /** A due item opens its contact's page; the Sort follow-up that many share opens Sort, where they are decided. */
    public void openDue(DueFollowUp item) {
        if (item.sharedSort()) {
            navigator.open(Page.SORT);
        } else {
            navigator.openContact(item.contactId());
        }
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** Null until the first load has finished. */
    public ReadOnlyObjectProperty<HomeSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
