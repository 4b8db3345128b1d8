package app.rapport.service;

import java.util.List;

import app.rapport.store.ContactRows;

/**
 * What one bulk edit or Sort step did, and how to take it back within the session: {@code before} every row of
 * the edited contacts just before, {@code after} right after (to tell whether they changed since).
 *
 * @param description what was done, e.g. "Set category to Personal"
 */
public record EditUndo(String description, List<Long> contactIds, ContactRows before, ContactRows after) {

    public EditUndo {
        contactIds = List.copyOf(contactIds);
    }

    public int count() {
        return contactIds.size();
    }
}
