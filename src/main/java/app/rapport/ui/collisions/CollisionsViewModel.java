package app.rapport.ui.collisions;

import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.domain.Platform;
import app.rapport.domain.Worlds;
import app.rapport.service.CollisionReport;
import app.rapport.service.CollisionService;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/**
 * The collision report [000][001]: per personal platform, the professional contacts who can see the user's
 * personal posts, and the command to plan a review of one of them.
 */
public final class CollisionsViewModel {

    private static final String BLENDED = "You blend your worlds (Settings), so connections are not counted as collisions.";
    private static final String NO_PERSONAL_PLATFORMS = "None of your platforms is personal, so there is nothing to check "
            + "here. A platform is personal when it is for family and friends, like Facebook or Instagram.";

    private final CollisionService collisions;
    private final TaskRunner tasks;

    private final ObservableList<CollisionSection> sections = FXCollections.observableArrayList();
    private final ObservableList<CollisionSection> readOnlySections = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean loaded;

    /** Loads at once and follows every change: the sidebar's badge counts collisions on every page. */
    public CollisionsViewModel(CollisionService collisions, TaskRunner tasks, ChangeSignal changes) {
        this.collisions = collisions;
        this.tasks = tasks;
        Freshness.always(changes, this::reload);
    }

    private void reload() {
        if (!loaded) {
            pageMessage.set("Loading collisions\u2026");
        }
        tasks.read(this, collisions::report, this::show, this::fail);
    }

    /** Queues a follow-up to review this connection; a second call, or one for a planned row, does nothing. */
    public void planReview(CollisionRow row, Platform platform) {
        if (!row.startPlanning()) {
            return;
        }
        tasks.run(() -> {
            collisions.planReview(row.contact(), platform);
            return row;
        }, planned -> planned.planningEnded(true), error -> {
            row.planningEnded(false);
            fail(error);
        });
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** The sections, one per visible personal platform; empty in BLEND mode. */
    public ObservableList<CollisionSection> sections() {
        return readOnlySections;
    }

    /** All collisions on all personal platforms, for a badge in the sidebar. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /**
     * What the page says instead of the sections (loading the first time, BLEND mode, no personal platform), or
     * "". Later reloads keep the sections on screen until the new ones arrive, so the page does not flicker.
     */
    public ReadOnlyStringProperty pageMessageProperty() {
        return pageMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void show(CollisionReport report) {
        loaded = true;
        boolean blended = report.worlds() == Worlds.BLEND;
        pageMessage.set(blended ? BLENDED : report.sections().isEmpty() ? NO_PERSONAL_PLATFORMS : "");
        // In BLEND mode empty sections would claim "nobody professional can see your posts", which is untrue.
        sections.setAll(blended ? List.of() : report.sections().stream().map(CollisionsViewModel::section)
                .toList());
        count.set(report.count());
        countText.set(blended ? "" : switch (report.count()) {
            case 0 -> "No collisions";
            case 1 -> "1 collision";
            default -> String.format("%,d collisions", report.count());
        });
    }

    private static CollisionSection section(CollisionReport.Section section) {
        return new CollisionSection(section.platform(),
                section.rows().stream().map(CollisionRow::new).toList());
    }

    private void fail(Throwable error) {
        if (!loaded) {
            pageMessage.set("");
        }
        problem.set(Problems.saveFailed(error));
    }
}
