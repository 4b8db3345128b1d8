package app.rapport.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.rapport.store.ContactRows;
import app.rapport.store.StoreTransaction;

/**
 * What one click did to one contact (a ledger entry, a follow-up done), and how to take it back within the
 * session: {@code before} every row of the contact just before, {@code after} right after, to tell whether it
 * changed since. A click touches one contact, so a whole snapshot is cheap and exact; a bulk edit of thousands
 * keeps only what it changed instead ({@link EditUndo}).
 *
 * @param description what was done, e.g. "LinkedIn: Connected (was request received)"
 */
public record RowsUndo(String description, List<Long> contactIds, ContactRows before, ContactRows after) {

    public RowsUndo {
        contactIds = List.copyOf(contactIds);
    }

    /**
     * Puts every row back as it was.
     *
     * @throws IllegalStateException when the contact changed since; nothing is changed
     */
    void takeBack(StoreTransaction tx, LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>(contactIds);
        if (!tx.contacts().rowsOf(ids).sameAs(after)) {
            throw new IllegalStateException("Some of these contacts have changed since (" + description
                    + "), and undoing it now would lose that change. Nothing was changed.");
        }
        tx.touched(ids);
        tx.contacts().putBack(before);
        FollowUpQueue.reevaluate(tx, List.of(), today);
    }
}
