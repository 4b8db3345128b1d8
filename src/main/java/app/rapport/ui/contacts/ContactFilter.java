package app.rapport.ui.contacts;

import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSearch;
import app.rapport.domain.Relationship;

/**
 * Which contacts the table shows: the search text, the category and relationship choices, the archive, and a
 * restriction that is not one of the choices (whom the user talked to in a month, from Home).
 */
public final class ContactFilter {

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>();
    private final BooleanProperty archived = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper restriction = new ReadOnlyStringWrapper("");
    private Set<Long> restrictedTo;
    // The search the last filtering was made for, while no other choice has changed since; null otherwise.
    private String searchedLast;

    /** A test of rows, and whether every row it lets through is one the filtering before it let through. */
    record Filtering(Predicate<ContactRow> test, boolean narrowsLast) {
    }

    /** {@code changed} runs whenever what the filter lets through changes. */
    ContactFilter(Runnable changed) {
        for (Observable choice : new Observable[] {category, relationship, archived, restriction}) {
            choice.addListener(ignored -> searchedLast = null);
        }
        for (Observable part : new Observable[] {searchText, category, relationship, archived, restriction}) {
            part.addListener(ignored -> changed.run());
        }
    }

    /** The rows to show now; asking starts from here the next filtering's comparison. */
    Filtering filtering() {
        boolean narrows = searchedLast != null && ContactSearch.narrows(searchedLast, searchText.get());
        searchedLast = searchText.get();
        return new Filtering(predicate(), narrows);
    }

    private Predicate<ContactRow> predicate() {
        Predicate<String> matchesSearch = ContactSearch.matcher(searchText.get());
        boolean anyText = ContactSearch.matchesEverything(searchText.get());
        boolean inArchive = archived.get();
        Category onlyCategory = category.get();
        Relationship onlyRelationship = relationship.get();
        Set<Long> only = restrictedTo;
        return row -> row.summary().archived() == inArchive
                && (only == null || only.contains(row.id()))
                && (onlyCategory == null || row.summary().category() == onlyCategory)
                && (onlyRelationship == null || row.summary().relationship() == onlyRelationship)
                && (anyText || matchesSearch.test(row.searchableText()));
    }

    /** Whether anything but the archive switch narrows the rows. */
    boolean isFiltering() {
        return !searchText.get().isBlank() || category.get() != null || relationship.get() != null
                || restrictedTo != null;
    }

    /** Why the table is empty: nothing matches, or nothing is there ({@code anyInView}: rows before filtering). */
    String emptyText(boolean anyInView) {
        if (isFiltering() && anyInView) {
            String query = searchText.get().strip();
            return query.isEmpty() ? "No contact matches these filters."
                    : "No contact matches \u201c" + query + "\u201d.";
        }
        return archived.get() ? "No archived contacts. Archived contacts wait here until you restore them."
                : "No contacts yet. Press Ctrl+N to add the first one.";
    }

    void clear() {
        searchText.set("");
        category.set(null);
        relationship.set(null);
        archived.set(false);
        clearRestriction();
    }

    /** Only these contacts, said in {@code words} on the filter bar. */
    void restrictTo(Set<Long> ids, String words) {
        searchedLast = null;
        restrictedTo = ids;
        restriction.set(words);
    }

    public void clearRestriction() {
        searchedLast = null;
        restrictedTo = null;
        restriction.set("");
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Relationship> relationshipProperty() {
        return relationship;
    }

    public BooleanProperty archivedProperty() {
        return archived;
    }

    /** A restriction that is not one of the choices, in words, or "" when there is none. */
    public ReadOnlyStringProperty restrictionProperty() {
        return restriction.getReadOnlyProperty();
    }
}
