package app.rapport.ui.settings;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.domain.Platform;
import app.rapport.domain.Sphere;
import app.rapport.service.RulesService;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/**
 * The user's platforms in order: rename, change the sphere, hide, move, add. Sphere and hidden are saved as
 * soon as they change, a name when the user commits it.
 */
public final class PlatformsViewModel {

    /**
     * A new platform starts as personal: of all spheres it keeps professional contacts out the most, so a
     * forgotten choice cannot expose personal posts.
     */
    static final Sphere NEW_PLATFORM_SPHERE = Sphere.PERSONAL;

    private final RulesService rules;
    private final TaskRunner tasks;
    private final ObservableList<PlatformRow> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Sphere> newSphere = new SimpleObjectProperty<>(NEW_PLATFORM_SPHERE);
    private final ReadOnlyStringWrapper addError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    PlatformsViewModel(RulesService rules, TaskRunner tasks) {
        this.rules = rules;
        this.tasks = tasks;
    }

    void reload() {
        tasks.run(rules::platforms, this::show, error -> problem.set(Problems.loadFailed("your settings", error)));
    }

    /** Saves the name typed into the row, unless it is the stored one. */
    public void rename(PlatformRow row) {
        String typed = row.nameProperty().get();
        if (typed.equals(row.storedName())) {
            row.revertName();
            return;
        }
        update(row, p -> new Platform(p.id(), typed, p.sphere(), p.position(), p.hidden()));
    }

    public void move(PlatformRow row, int direction) {
        tasks.run(() -> {
            rules.movePlatform(row.id(), direction);
            return rules.platforms();
        }, this::show, error -> row.failed(Problems.saveFailed(error)));
    }

    public void add() {
        String name = newName.get();
        Sphere sphere = newSphere.get();
        tasks.run(() -> {
            rules.addPlatform(name, sphere);
            return rules.platforms();
        }, platforms -> {
            addError.set("");
            newName.set("");
            newSphere.set(NEW_PLATFORM_SPHERE);
            show(platforms);
        }, error -> addError.set(Problems.saveFailed(error)));
    }

    private void show(List<Platform> platforms) {
        problem.set("");
        rows.setAll(platforms.stream().map(p -> row(p, platforms)).toList());
    }

    private PlatformRow row(Platform platform, List<Platform> all) {
        PlatformRow row = new PlatformRow(platform, platform == all.getFirst(), platform == all.getLast());
        row.sphereProperty().addListener((obs, old, sphere) ->
                update(row, p -> new Platform(p.id(), p.name(), sphere, p.position(), p.hidden())));
        row.hiddenProperty().addListener((obs, old, hidden) ->
                update(row, p -> new Platform(p.id(), p.name(), p.sphere(), p.position(), hidden)));
        return row;
    }

    /**
     * Changes one thing about a platform, starting from what is stored when the work runs: changes queued one
     * after another (a sphere, then a rename) then never undo each other.
     */
    private void update(PlatformRow row, UnaryOperator<Platform> change) {
        tasks.run(() -> {
            Platform current = rules.platforms().stream().filter(p -> p.id().equals(row.id())).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("This platform is no longer there."));
            Platform changed = change.apply(current);
            rules.updatePlatform(changed);
            return changed;
        }, row::stored, error -> row.failed(Problems.saveFailed(error)));
    }

    public ObservableList<PlatformRow> rows() {
        return rows;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Sphere> newSphereProperty() {
        return newSphere;
    }

    /** Why the last "Add platform" failed, in words, or empty. */
    public ReadOnlyStringProperty addErrorProperty() {
        return addError.getReadOnlyProperty();
    }

    /** Why the platforms could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
