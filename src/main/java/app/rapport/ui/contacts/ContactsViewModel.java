package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.service.Change;
import app.rapport.domain.ContactEdit;
import app.rapport.service.ContactService;
import app.rapport.service.EditUndo;
import app.rapport.service.MergeUndo;
import app.rapport.service.Services;
import app.rapport.store.TableRows;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DialogService.Choice;
import app.rapport.ui.DialogService;
import app.rapport.ui.Freshness;
import app.rapport.ui.Names;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/**
 * The contacts list: every contact loaded once, then filtered in memory as the user types, which stays
 * instant even at LinkedIn's 30,000-connection cap; a change to some contacts re-reads only their rows.
 * Archiving and merging go through the service and can be undone.
 */
public final class ContactsViewModel {

    private static final Comparator<ContactRow> BY_NAME = Comparator.comparing(row -> row.summary().displayName(),
            Names.order());

    private final Services services;
    private final ContactService contacts;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Freshness freshness;

    private final ObservableList<ContactRow> allRows = FXCollections.observableArrayList();
    // Sorted first, filtered second: a keystroke then filters rows already in order, where filtering first
    // made every keystroke sort up to 30,000 rows again.
    private final SortedList<ContactRow> sortedRows = new SortedList<>(allRows);
    private final FilteredList<ContactRow> visibleRows = new FilteredList<>(sortedRows);
    private final ContactFilter filter = new ContactFilter(this::refilter);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ContactsUndo undo = new ContactsUndo();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> selectionRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ContactFormViewModel> formRequest = new ReadOnlyObjectWrapper<>();
    private final StringBinding emptyText;
    // The key of the warming reads: the rows themselves were one, hashed whole (30,000 rows) on the FX thread.
    private final Object warming = new Object();
    private long inView = -1;
    private BitSet narrowedTo;
    private Long selectAfterReload;
    // The rows the user has selected, by id. A row brought in anew by a change to its contact (an interaction
    // logged, an edit, a change to many) is a new item to the table, which lets go of it: the selection is given
    // back once the rows are in, so Ctrl+I or a second change to the same rows needs no new selecting.
    private List<Long> selected = List.of();
    private boolean replacingRows;
    private final ReadOnlyObjectWrapper<List<Long>> keepSelected = new ReadOnlyObjectWrapper<>();

    public ContactsViewModel(Services services, TaskRunner tasks, DialogService dialogs, ChangeSignal changes) {
        this.services = services;
        this.contacts = services.contacts();
        this.tasks = tasks;
        this.dialogs = dialogs;
        filter.archivedProperty().addListener((obs, old, now) -> {
            inView = -1;
            refilter();
        });
        emptyText = Bindings.createStringBinding(this::wordEmptyText, visibleRows, filter.searchTextProperty(),
                filter.archivedProperty(), loading);
        refilter();
        // The table shows no setting: only a change to contacts, or to everything, is re-read.
        freshness = new Freshness(changes, change -> change.everything() || !change.contacts().isEmpty(),
                this::apply);
    }

    public void shown() {
        freshness.shown();
    }

    public void hidden() {
        freshness.hidden();
    }

    private void apply(Change change) {
        if (change.everything()) {
            reload();
        } else {
            refresh(change.contacts());
        }
    }

    /** Reads every row again. */
    public void reload() {
        loading.set(true);
        LocalDate today = services.today();
        // Ordering by name happens off the FX thread: sorted by name, as it is unless the user chose another
        // column, the table shows the rows in the order they come (Names.beyondNameOrder).
        tasks.read(this, () -> {
            TableRows read = contacts.tableRows();
            return Names.sortedByName(read.summaries().stream().map(summary -> ContactRow.of(summary, today)).toList(),
                    row -> row.summary().displayName(), read.order());
        }, rows -> {
            replaceRows(() -> allRows.setAll(rows));
            loaded();
            warm(rows);
        }, this::fail);
    }

    /**
     * What the rows showed without, worked out a while after they show: the search text and quiet time of each,
     * the keys of the organizations, which sorting by that column looks up, and each name's place, the hint the
     * readiness page's sort starts from. A read of its own, so that no later read of this page waits for it; a
     * search or a sort before it works out what it meets.
     */
    private void warm(List<ContactRow> rows) {
        tasks.readLater(warming, () -> {
            ContactRow.warm(rows);
            Names.warm(rows.stream().map(row -> row.summary().organization()).toList());
            Names.rememberPlaces(rows, row -> row.summary().displayName());
            return rows;
        }, warmed -> { }, this::fail);
    }

    /** Re-reads only these contacts' rows: a contact gone from the store (merged away) leaves the table. */
    private void refresh(Set<Long> ids) {
        LocalDate today = services.today();
        tasks.read(this, () -> contacts.summaries(ids).stream().map(summary -> ContactRow.of(summary, today))
                .toList(), rows -> {
                    replaceRows(() -> putIn(ids, rows));
                    loaded();
                }, this::fail);
    }

    private void putIn(Set<Long> ids, List<ContactRow> rows) {
        Map<Long, ContactRow> fresh = new HashMap<>();
        rows.forEach(row -> fresh.put(row.id(), row));
        for (int i = allRows.size() - 1; i >= 0; i--) {
            ContactRow now = fresh.get(allRows.get(i).id());
            if (ids.contains(allRows.get(i).id()) && (now == null || !fitsAt(i, now))) {
                allRows.remove(i);
            } else if (now != null) {
                allRows.set(i, now);
                fresh.remove(now.id());
            }
        }
        // A new or renamed row goes where a full read would put it: the rows stay in name order.
        for (ContactRow row : fresh.values()) {
            int at = Collections.binarySearch(allRows, row, BY_NAME);
            allRows.add(at < 0 ? -at - 1 : at, row);
        }
    }

    private void replaceRows(Runnable change) {
        replacingRows = true;
        try {
            change.run();
        } finally {
            replacingRows = false;
        }
    }

    private boolean fitsAt(int index, ContactRow row) {
        return (index == 0 || BY_NAME.compare(allRows.get(index - 1), row) <= 0)
                && (index == allRows.size() - 1 || BY_NAME.compare(row, allRows.get(index + 1)) <= 0);
    }

    private void loaded() {
        inView = -1;
        loading.set(false);
        updateCount();
        if (selectAfterReload == null && !selected.isEmpty()) {
            keepSelected.set(null);
            keepSelected.set(selected);
        }
        selectionRequest.set(null);
        selectionRequest.set(selectAfterReload);
        selectAfterReload = null;
    }

    /** Orders the rows as the table's columns say (null: as loaded, by name). */
    public void sortBy(Comparator<ContactRow> comparator) {
        sortedRows.setComparator(comparator);
    }

    /** Opens the form for a new contact. */
    public void newContact() {
        formRequest.set(new ContactFormViewModel(contacts, tasks));
    }

    /** Reads the contact whole, then opens the form on it. */
    public void edit(ContactRow row) {
        tasks.read(this, () -> contacts.get(row.id()), contact -> formRequest.set(
                new ContactFormViewModel(contacts, tasks, contact)), this::fail);
    }

    /** The form the view is to show; the view clears it once the form is closed. */
    public ReadOnlyObjectProperty<ContactFormViewModel> formRequestProperty() {
        return formRequest.getReadOnlyProperty();
    }

    /** The form was closed: when it saved, the table selects that contact once its row is read again. */
    public void formClosed(ContactFormViewModel form) {
        formRequest.set(null);
        form.saved().ifPresent(saved -> {
            if (allRows.stream().anyMatch(row -> row.id() == saved.id())) {
                selectionRequest.set(null);
                selectionRequest.set(saved.id());
            } else {
                // A new contact's row is still being read after the change signal: select it once it is in.
                selectAfterReload(saved.id());
            }
        });
    }

    /** Shows only contacts of this category, every other filter cleared (a click on the home page's chart). */
    public void showCategory(Category category) {
        filter.clear();
        filter.categoryProperty().set(category);
    }

    /** Shows only whom the user talked to in that month (a bar of the home page's chart). */
    public void showTalkedToIn(YearMonth month) {
        filter.clear();
        tasks.read(this, () -> contacts.talkedToIn(month), ids -> filter.restrictTo(ids, "Talked to in "
                + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault()))), this::fail);
    }

    /** What the table lets through. */
    public ContactFilter filter() {
        return filter;
    }

    /** After the next load, the view selects this contact (e.g. the one just saved). */
    public void selectAfterReload(long id) {
        selectAfterReload = id;
    }

    public ReadOnlyObjectProperty<Long> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    /** The table's selection as the user made it, by id; what the table lets go of while rows come in is not. */
    public void selectionChanged(List<Long> ids) {
        if (!replacingRows) {
            selected = ids;
        }
    }

    /** The rows to select again once changed rows are in: those of the user's selection still in the table. */
    public ReadOnlyObjectProperty<List<Long>> keepSelectedProperty() {
        return keepSelected.getReadOnlyProperty();
    }

    /**
     * Archives the contact; the keyboard user keeps their place: the row below (or above, at the end) is
     * selected next.
     */
    public void archive(ContactRow row) {
        int index = visibleRows.indexOf(row);
        if (index < 0) {
            return;
        }
        int next = index + 1 < visibleRows.size() ? index + 1 : index - 1;
        if (next >= 0) {
            selectAfterReload(visibleRows.get(next).id());
        }
        tasks.run(() -> {
            contacts.archive(row.id());
            return row.summary();
        }, archived -> undo.offer(new ContactsUndo.Archived(archived)), this::fail);
    }

    /**
     * One change to every selected contact, in one transaction, after a confirmation that says how many; one
     * undo takes it back whole.
     */
    public void editSelected(List<ContactRow> selected, ContactEdit edit) {
        if (selected.isEmpty()) {
            return;
        }
        String people = selected.size() == 1 ? selected.getFirst().summary().displayName()
                : String.format("%,d contacts", selected.size());
        if (!dialogs.confirm(edit.describe() + " for " + people + "?", "All of them change at once, and Undo "
                + "(Ctrl+Z) takes the whole change back.", "Change " + (selected.size() == 1 ? "it" : "all "
                + String.format("%,d", selected.size())))) {
            return;
        }
        List<Long> ids = selected.stream().map(ContactRow::id).toList();
        tasks.run(() -> contacts.editMany(ids, edit), done -> undo.offer(new ContactsUndo.Edited(done)),
                this::fail);
    }

    /** Asks which tag to add to, or remove from, the selected contacts. */
    public void tagSelected(List<ContactRow> selected, boolean add) {
        dialogs.askText(add ? "Add a tag to the selected contacts" : "Remove a tag from the selected contacts",
                "Tag").ifPresent(tag -> editSelected(selected, add ? new ContactEdit.AddTag(tag)
                        : new ContactEdit.RemoveTag(tag)));
    }

    /** Takes back the last archive, merge or change to many, whichever the undo bar offers (Ctrl+Z). */
    public void undo() {
        switch (undo.take()) {
            case ContactsUndo.Edited(EditUndo edit) -> tasks.run(() -> {
                contacts.undoEdit(edit);
                return edit;
            }, undone -> { }, this::fail);
            case ContactsUndo.Archived(ContactSummary archived) -> restore(archived.id());
            case ContactsUndo.Merged(MergeUndo merge) -> {
                selectAfterReload(merge.absorbed().id());
                tasks.run(() -> {
                    contacts.undoMerge(merge);
                    return merge;
                }, undone -> { }, this::fail);
            }
            case null -> { }
        }
    }

    /**
     * Two records of one person: asks which name stays, then merges the other into it; the table then shows the
     * one that is left, selected, and the merge can be undone.
     */
    public void merge(List<ContactRow> selected) {
        if (selected.size() != 2) {
            return;
        }
        ContactRow first = selected.get(0);
        ContactRow second = selected.get(1);
        Optional<ContactRow> keep = dialogs.choose("Merge these two contacts into one?", "The contact you keep keeps "
                + "its name and what you wrote; it takes over the other's interactions, links, request history and "
                + "follow-ups, and fills its empty fields from it. The other record is then removed; Undo (Ctrl+Z) "
                + "makes them two again.", List.of(
                        new Choice<>("Keep \u201c" + first.summary().displayName() + "\u201d", first),
                        new Choice<>("Keep \u201c" + second.summary().displayName() + "\u201d", second)));
        keep.ifPresent(kept -> {
            ContactRow other = kept == first ? second : first;
            selectAfterReload(kept.id());
            tasks.run(() -> contacts.merge(kept.id(), other.id()),
                    merge -> undo.offer(new ContactsUndo.Merged(merge)), this::fail);
        });
    }

    public void restore(long id) {
        selectAfterReload(id);
        tasks.run(() -> {
            contacts.restore(id);
            return id;
        }, restored -> { }, this::fail);
    }

    public void dismissProblem() {
        problem.set("");
    }

    public void forgetUndo() {
        undo.forget();
    }

    public ObservableList<ContactRow> visibleRows() {
        return visibleRows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the undo bar says; empty when there is nothing to undo. */
    public StringBinding undoMessage() {
        return undo.message();
    }

    /** What the undo bar offers, for its icon and tooltip. */
    ReadOnlyObjectProperty<ContactsUndo.Offer> undoOfferProperty() {
        return undo.offerProperty();
    }

    /** What the empty table says, which depends on why it is empty. */
    public StringBinding emptyText() {
        return emptyText;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The contact Ctrl+I logs an interaction with, given the table's selection. */
    public static OptionalLong contactInFocus(ContactRow selected) {
        return selected == null ? OptionalLong.empty() : OptionalLong.of(selected.id());
    }

    private String wordEmptyText() {
        return loading.get() ? "Loading contacts\u2026" : filter.emptyText(hasAnyInView());
    }

    /** True when the store has contacts in the current view (archived or not) before search and filters. */
    private boolean hasAnyInView() {
        boolean archived = filter.archivedProperty().get();
        return allRows.stream().anyMatch(row -> row.summary().archived() == archived);
    }

    private void refilter() {
        ContactFilter.Filtering filtering = filter.filtering();
        Predicate<ContactRow> test = filtering.test();
        // A search typed further looks only among the rows the shorter one let through, which at 100,000
        // contacts took most keystrokes from a scan of every row's text to a few; only for this refiltering:
        // rows read later are tested whole.
        // Marked by id in a bit set: a set of the rows themselves cost more to build than it saved.
        if (filtering.narrowsLast()) {
            narrowedTo = new BitSet();
            visibleRows.forEach(row -> narrowedTo.set(Math.toIntExact(row.id())));
        }
        visibleRows.setPredicate(row -> (narrowedTo == null || narrowedTo.get(Math.toIntExact(row.id())))
                && test.test(row));
        narrowedTo = null;
        updateCount();
    }

    private void updateCount() {
        boolean archived = filter.archivedProperty().get();
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
        problem.set(Problems.describe(error) + " Nothing was changed.");
    }
}
