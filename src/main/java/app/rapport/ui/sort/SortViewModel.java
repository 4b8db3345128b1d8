package app.rapport.ui.sort;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.domain.Category;
import app.rapport.domain.Relationship;
import app.rapport.domain.SortSuggestion;
import app.rapport.service.EditUndo;
import app.rapport.service.SortItem;
import app.rapport.service.SortService;
import app.rapport.ui.TaskRunner;

/**
 * Sort, one undecided contact after another: P personal, W professional, B both, S skip, Enter takes the
 * suggestion; after P or W one more key picks the relationship (or Enter keeps it); Ctrl+Z undoes the last
 * step. Deciding moves to the next contact at once, without reading the store again.
 */
public final class SortViewModel {

    /** The relationships offered after P or W, by the key that picks each. */
    public static final Map<Category, Map<Character, Relationship>> RELATIONSHIP_KEYS = Map.of(
            Category.PERSONAL, Map.of('F', Relationship.FAMILY, 'R', Relationship.FRIEND,
                    'A', Relationship.ACQUAINTANCE, 'O', Relationship.OTHER),
            Category.PROFESSIONAL, Map.of('C', Relationship.COLLEAGUE, 'L', Relationship.CLIENT,
                    'M', Relationship.MANAGER, 'R', Relationship.RECRUITER, 'N', Relationship.NETWORKING_CONTACT,
                    'P', Relationship.PROSPECT, 'O', Relationship.OTHER));

    /** One reason's "Take all N with this reason". */
    public record ReasonGroup(SortSuggestion.Reason reason, int count) {
        public String label() {
            return "Take all " + count + ": " + reason.label().toLowerCase();
        }
    }

    private final SortService sort;
    private final TaskRunner tasks;
    private final List<SortItem> queue = new ArrayList<>();
    private final Deque<EditUndo> undos = new ArrayDeque<>();
    private final ObjectProperty<SortItem> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> choosingRelationshipFor = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<ReasonGroup> reasons = FXCollections.observableArrayList();
    private int position;
    private int total;
    private int sorted;

    public SortViewModel(SortService sort, TaskRunner tasks) {
        this.sort = sort;
        this.tasks = tasks;
    }

    /** Reads the undecided contacts; the first load of a session sets the "of N" of the progress line. */
    public void load() {
        busy.set(true);
        tasks.read(this, sort::queue, items -> {
            queue.clear();
            queue.addAll(items);
            if (total == 0) {
                total = items.size();
            }
            position = Math.min(position, Math.max(queue.size() - 1, 0));
            busy.set(false);
            refresh();
        }, this::failed);
    }

    public void personal() {
        chooseRelationshipFor(Category.PERSONAL);
    }

    public void professional() {
        chooseRelationshipFor(Category.PROFESSIONAL);
    }

    public void both() {
        decide(Category.BOTH, null);
    }

    /** Leaves this one undecided and moves on; it comes round again after the last. */
    public void skip() {
        if (queue.isEmpty()) {
            return;
        }
        choosingRelationshipFor.set(null);
        position = (position + 1) % queue.size();
        refresh();
    }

    /** Enter: the relationship step keeps the relationship; otherwise the suggestion is taken, if there is one. */
    public void enter() {
        Category choosing = choosingRelationshipFor.get();
        if (choosing != null) {
            decide(choosing, null);
            return;
        }
        currentSuggestion().ifPresent(s -> decide(s.category(), s.relationship()));
    }

    /** A letter while choosing the relationship; returns whether it picked one. */
    public boolean relationshipKey(char key) {
        Category choosing = choosingRelationshipFor.get();
        Relationship picked = choosing == null ? null
                : RELATIONSHIP_KEYS.get(choosing).get(Character.toUpperCase(key));
        if (picked == null) {
            return false;
        }
        decide(choosing, picked);
        return true;
    }

    public void cancelRelationship() {
        choosingRelationshipFor.set(null);
    }

    public void takeAll(SortSuggestion.Reason reason) {
        busy.set(true);
        tasks.run(() -> sort.takeAll(reason), step -> {
            undos.push(step);
            sorted += step.count();
            message.set(String.format("%,d sorted: %s. Ctrl+Z undoes it.", step.count(), step.description()));
            load();
        }, this::failed);
    }

    /** Ctrl+Z: takes back the last step, whatever it was. */
    public void undo() {
        EditUndo last = undos.peek();
        if (last == null) {
            message.set("Nothing to undo.");
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            sort.undo(last);
            return last;
        }, undone -> {
            undos.pop();
            sorted -= undone.count();
            message.set("Undone: " + undone.description() + ".");
            load();
        }, this::failed);
    }

    private void chooseRelationshipFor(Category category) {
        if (current.get() != null) {
            choosingRelationshipFor.set(category);
        }
    }

    private void decide(Category category, Relationship relationship) {
        SortItem item = current.get();
        if (item == null) {
            return;
        }
        choosingRelationshipFor.set(null);
        long id = item.contact().id();
        // The next contact shows at once; the store catches up behind it.
        queue.remove(item);
        sorted++;
        if (position >= queue.size()) {
            position = 0;
        }
        refresh();
        tasks.run(() -> sort.decide(id, category, relationship), step -> {
            undos.push(step);
            message.set(item.contact().displayName() + ": " + category.label().toLowerCase()
                    + (relationship == null ? "" : ", " + relationship.label().toLowerCase()) + ".");
            refreshReasons();
        }, failure -> {
            // Nothing was changed: they go back where they were.
            queue.add(Math.min(position, queue.size()), item);
            sorted--;
            failed(failure);
        });
    }

    private void refresh() {
        current.set(queue.isEmpty() ? null : queue.get(position));
        progress.set(total == 0 ? "" : String.format("%,d of %,d sorted", sorted, total));
        refreshReasons();
    }

    private void refreshReasons() {
        reasons.setAll(sort.countsByReason(queue).entrySet().stream()
                .map(e -> new ReasonGroup(e.getKey(), e.getValue())).toList());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set("Nothing was changed: " + failure.getMessage());
        refresh();
    }

    public Optional<SortSuggestion> currentSuggestion() {
        return Optional.ofNullable(current.get()).flatMap(SortItem::suggestion);
    }

    public ReadOnlyObjectProperty<SortItem> currentProperty() {
        return current;
    }

    public ReadOnlyObjectProperty<Category> choosingRelationshipForProperty() {
        return choosingRelationshipFor;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<ReasonGroup> reasons() {
        return reasons;
    }
}
