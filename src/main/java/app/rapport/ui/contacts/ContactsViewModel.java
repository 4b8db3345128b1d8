package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;
import app.rapport.service.ContactService;
import app.rapport.service.MergeUndo;
import app.rapport.ui.TaskRunner;

/**
 * The contacts list: every contact loaded once, then filtered in memory as the user types, which stays
 * instant even at LinkedIn's 30,000-connection cap. Archiving and merging go through the service and can be
 * undone.
 */
public final class ContactsViewModel {

    private static final Comparator<ContactRow> BY_NAME = Comparator.comparing(row -> row.summary().displayName(),
            String.CASE_INSENSITIVE_ORDER);

    private final ContactService contacts;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;

    private final ObservableList<ContactRow> allRows = FXCollections.observableArrayList();
    // Sorted first, filtered second: a keystroke then filters rows already in order, where filtering first
    // made every keystroke sort up to 30,000 rows again.
    private final SortedList<ContactRow> sortedRows = new SortedList<>(allRows);
    private final FilteredList<ContactRow> visibleRows = new FilteredList<>(sortedRows);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Relationship> relationshipFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ContactSummary> lastArchived = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MergeUndo> lastMerge = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> selectionRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper restriction = new ReadOnlyStringWrapper("");
    private Set<Long> restrictedTo;
    private long inView = -1;
    private Long selectAfterReload;

    public ContactsViewModel(ContactService contacts, TaskRunner tasks, Supplier<LocalDate> today) {
        this.contacts = contacts;
        this.tasks = tasks;
        this.today = today;
        searchText.addListener((obs, old, now) -> refilter());
        categoryFilter.addListener((obs, old, now) -> refilter());
        relationshipFilter.addListener((obs, old, now) -> refilter());
        showArchived.addListener((obs, old, now) -> {
            inView = -1;
            refilter();
        });
        refilter();
    }

    public void reload() {
        loading.set(true);
        // Folding the search text and ordering by name happen off the FX thread; the table's sort then finds
        // the rows in order already when it sorts by name, as it does unless the user chose another column.
        tasks.read(this, () -> contacts.summaries().stream().map(ContactRow::of).sorted(BY_NAME).toList(), rows -> {
            allRows.setAll(rows);
            inView = -1;
            loading.set(false);
            updateCount();
            selectionRequest.set(null);
            selectionRequest.set(selectAfterReload);
            selectAfterReload = null;
        }, this::fail);
    }

    /** Orders the rows as the table's columns say (null: as loaded, by name). */
    public void sortBy(Comparator<ContactRow> comparator) {
        sortedRows.setComparator(comparator);
    }

    /** The day "quiet for" is counted to: the services' today, so a fixed clock in tests fixes it too. */
    public LocalDate today() {
        return today.get();
    }

    public ContactFormViewModel newContactForm() {
        return new ContactFormViewModel(contacts);
    }

    public ContactFormViewModel editForm(ContactRow row) {
        return new ContactFormViewModel(contacts, contacts.get(row.id()));
    }

    /** Shows only contacts of this category, every other filter cleared (a click on the home page's chart). */
    public void showCategory(Category category) {
        clearFilters();
        categoryFilter.set(category);
    }

    /** Shows only whom the user talked to in that month (a bar of the home page's chart). */
    public void showTalkedToIn(YearMonth month) {
        clearFilters();
        tasks.run(() -> contacts.talkedToIn(month), ids -> {
            restrictedTo = ids;
            restriction.set("Talked to in " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault())));
            refilter();
        }, this::fail);
    }

    public void clearRestriction() {
        restrictedTo = null;
        restriction.set("");
        refilter();
    }

    /** A filter that is not one of the choices, in words, or "" when there is none. */
    public ReadOnlyStringProperty restrictionProperty() {
        return restriction.getReadOnlyProperty();
    }

    private void clearFilters() {
        searchText.set("");
        categoryFilter.set(null);
        relationshipFilter.set(null);
        showArchived.set(false);
        clearRestriction();
    }

    /** After the next reload, the view selects this contact (e.g. the one just saved). */
    public void selectAfterReload(long id) {
        selectAfterReload = id;
    }

    public ReadOnlyObjectProperty<Long> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    public void archive(ContactRow row) {
        tasks.run(() -> {
            contacts.archive(row.id());
            return row.summary();
        }, archived -> {
            forgetUndo();
            lastArchived.set(archived);
            reload();
        }, this::fail);
    }

    /** Takes back the last archive or merge, whichever the undo bar offers (Ctrl+Z). */
    public void undo() {
        ContactSummary archived = lastArchived.get();
        MergeUndo merge = lastMerge.get();
        forgetUndo();
        if (archived != null) {
            restore(archived.id());
        } else if (merge != null) {
            selectAfterReload(merge.absorbed().id());
            tasks.run(() -> {
                contacts.undoMerge(merge);
                return merge;
            }, undone -> reload(), this::fail);
        }
    }

    /**
     * Merges {@code other} into {@code kept}; the table then shows the one that is left, selected, and the
     * merge can be undone.
     */
    public void merge(ContactRow kept, ContactRow other) {
        selectAfterReload(kept.id());
        tasks.run(() -> contacts.merge(kept.id(), other.id()), merge -> {
            forgetUndo();
            lastMerge.set(merge);
            reload();
        }, this::fail);
    }

    public void restore(long id) {
        tasks.run(() -> {
            contacts.restore(id);
            return id;
        }, restored -> reload(), this::fail);
    }

    public void dismissProblem() {
        problem.set("");
    }

    public void forgetUndo() {
        lastArchived.set(null);
        lastMerge.set(null);
    }

    public ObservableList<ContactRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Category> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Relationship> relationshipFilterProperty() {
        return relationshipFilter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContactSummary> lastArchivedProperty() {
        return lastArchived.getReadOnlyProperty();
    }

    /** The last merge, while it can still be undone; null once undone or dismissed, or after an archive. */
    public ReadOnlyObjectProperty<MergeUndo> lastMergeProperty() {
        return lastMerge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True when the store has contacts in the current view (archived or not) before search and filters. */
    public boolean hasAnyInView() {
        boolean archived = showArchived.get();
        return allRows.stream().anyMatch(row -> row.summary().archived() == archived);
    }

    public boolean isFiltering() {
        return !searchText.get().isBlank() || categoryFilter.get() != null || relationshipFilter.get() != null
                || restrictedTo != null;
    }

    private void refilter() {
        Predicate<String> matchesSearch = ContactSearch.matcher(searchText.get());
        boolean archived = showArchived.get();
        Category category = categoryFilter.get();
        Relationship relationship = relationshipFilter.get();
        Set<Long> only = restrictedTo;
        visibleRows.setPredicate(row -> row.summary().archived() == archived
                && (only == null || only.contains(row.id()))
                && (category == null || row.summary().category() == category)
                && (relationship == null || row.summary().relationship() == relationship)
                && matchesSearch.test(row.searchableText()));
        updateCount();
    }

    private void updateCount() {
        boolean archived = showArchived.get();
        // Counted per load and per archive switch, not per keystroke: it is the same for every search.
        if (inView < 0) {
            inView = allRows.stream().filter(row -> row.summary().archived() == archived).count();
        }
        String noun = archived ? "archived contact" : "contact";
        String total = String.format("%,d %s%s", inView, noun, inView == 1 ? "" : "s");
        countText.set(visibleRows.size() == inView ? total : String.format("%,d of %s", visibleRows.size(), total));
    }

    private void fail(Throwable error) {
        loading.set(false);
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        problem.set(detail + " Nothing was changed.");
    }
}
