package app.rapport.ui.readiness;

import java.util.List;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.VerdictKind;
import app.rapport.service.ReadinessMatrix;
import app.rapport.service.ReadinessRow;
import app.rapport.service.ReadinessService;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.Freshness;
import app.rapport.ui.Names;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.home.HomeWords;

/**
 * The contacts × platforms matrix. Filters answer the everyday questions: "every pending request",
 * "everyone ready for LinkedIn".
 */
public final class ReadinessViewModel {

    private final ReadinessService readiness;
    private final TaskRunner tasks;
    private final Freshness freshness;
    private final ObservableList<ReadinessRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReadinessRow> visibleRows = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<List<Platform>> platforms = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<VerdictKind> verdictFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Platform> platformFilter = new SimpleObjectProperty<>();
    private final BooleanProperty pendingOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private String wantedPlatformId;
    private boolean released;

    public ReadinessViewModel(ReadinessService readiness, TaskRunner tasks, ChangeSignal changes) {
        this.readiness = readiness;
        this.tasks = tasks;
        verdictFilter.addListener((obs, old, now) -> refilter());
        platformFilter.addListener((obs, old, now) -> refilter());
        pendingOnly.addListener((obs, old, now) -> refilter());
        this.freshness = new Freshness(changes, change -> true, change -> reload());
    }

    public void shown() {
        freshness.shown();
    }

    /** Lets the matrix go, and reads it again when next shown. */
    public void hidden() {
        freshness.hidden();
        release();
        freshness.invalidate();
    }

    private void reload() {
        loading.set(true);
        released = false;
        if (platforms.get().isEmpty()) {
            // The columns first, from a small read: the table lays out its header while the matrix is worked out,
            // not after. A failure here is the matrix's to report, which reads the platforms too.
            tasks.read(platforms, readiness::visiblePlatforms, visible -> {
                if (!released && platforms.get().isEmpty()) {
                    platforms.set(visible);
                }
            }, error -> { });
        }
        // In name order, off the FX thread: the table sorted by name shows them as they come.
        tasks.read(this, () -> {
            ReadinessMatrix matrix = readiness.matrix();
            return new ReadinessMatrix(matrix.platforms(),
                    Names.sortedByName(matrix.rows(), row -> row.contact().displayName(), matrix.order()));
        }, matrix -> {
            loading.set(false);
            // Left before its matrix arrived (reads run beside the page the user went to): keep it let go.
            if (released) {
                return;
            }
            String chosen = wantedPlatformId != null ? wantedPlatformId
                    : platformFilter.get() == null ? null : platformFilter.get().id();
            wantedPlatformId = null;
            platforms.set(matrix.platforms());
            platformFilter.set(matrix.platforms().stream().filter(p -> p.id().equals(chosen)).findFirst()
                    .orElse(null));
            // The filter first, then the rows: 30,000 rows are filtered and sorted once, not twice.
            visibleRows.setPredicate(matching());
            rows.setAll(matrix.rows());
            problem.set("");
            count();
        }, error -> {
            loading.set(false);
            problem.set(Problems.describe(error));
        });
    }

    /**
     * Lets the matrix go while the page is hidden: the page reads it again whenever it is shown anyway, and
     * nobody looks at 30,000 rows and their filtered and sorted views meanwhile.
     */
    private void release() {
        released = true;
        rows.clear();
    }

    /** True from a reload until its matrix has arrived. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * Shows only this verdict on this platform, or pending requests there (either may be null): a click on the
     * home page. The platform is picked once the matrix has loaded, because only then are the platforms known.
     */
    public void showOnly(VerdictKind verdict, String platformId, boolean pendingRequests) {
        verdictFilter.set(verdict);
        pendingOnly.set(pendingRequests);
        if (loading.get() || platforms.get().isEmpty()) {
            wantedPlatformId = platformId;
        } else {
            platformFilter.set(platforms.get().stream().filter(p -> p.id().equals(platformId)).findFirst()
                    .orElse(null));
        }
    }

    private void refilter() {
        visibleRows.setPredicate(matching());
        count();
    }

    private Predicate<ReadinessRow> matching() {
        VerdictKind verdict = verdictFilter.get();
        Platform platform = platformFilter.get();
        boolean pending = pendingOnly.get();
        List<String> ids = platform != null ? List.of(platform.id())
                : platforms.get().stream().map(Platform::id).toList();
        if (verdict == null && !pending) {
            // Every row has a cell on some column, unless there is none: no need to look at 30,000 rows.
            boolean anyColumn = !ids.isEmpty();
            return row -> anyColumn;
        }
        return row -> ids.stream().anyMatch(id ->
                (verdict == null || row.kind(id) == verdict)
                        && (!pending || row.link(id) != null && row.link(id).state() == LinkState.REQUEST_RECEIVED));
    }

    private void count() {
        countText.set(visibleRows.size() == rows.size() ? HomeWords.contacts(rows.size())
                : String.format("%,d of %s", visibleRows.size(), HomeWords.contacts(rows.size())));
    }

    public ObservableList<ReadinessRow> visibleRows() {
        return visibleRows;
    }

    public ReadOnlyObjectProperty<List<Platform>> platformsProperty() {
        return platforms.getReadOnlyProperty();
    }

    public ObjectProperty<VerdictKind> verdictFilterProperty() {
        return verdictFilter;
    }

    public ObjectProperty<Platform> platformFilterProperty() {
        return platformFilter;
    }

    public BooleanProperty pendingOnlyProperty() {
        return pendingOnly;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
