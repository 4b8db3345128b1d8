package app.rapport.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.ContactRules;
import app.rapport.domain.FieldError;
import app.rapport.store.ContactRows;
import app.rapport.store.StoreTransaction;

/**
 * One {@link ContactEdit} applied to many contacts inside the caller's transaction, with the rows to undo it:
 * every contact is checked first, so a problem with one changes none. Beyond a few hundred contacts the whole
 * queue is re-evaluated from bulk reads, which is faster than one contact at a time.
 */
final class ContactEdits {

    private static final int ONE_AT_A_TIME_UP_TO = 200;

    private ContactEdits() {
    }

    static EditUndo apply(StoreTransaction tx, Collection<Long> contactIds, ContactEdit edit, LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>(contactIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Select at least one contact.");
        }
        List<Contact> contacts = tx.contacts().findAll(ids);
        if (contacts.size() != ids.size()) {
            throw new IllegalStateException("Some of the selected contacts no longer exist. Nothing was changed.");
        }
        List<Contact> edited = contacts.stream().map(edit::applyTo).toList();
        for (Contact contact : edited) {
            List<FieldError> errors = ContactRules.validate(contact, today);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
        ContactRows before = tx.contacts().rowsOf(ids);
        tx.contacts().updateAll(edited);
        if (ids.size() > ONE_AT_A_TIME_UP_TO) {
            FollowUpQueue.reevaluateAll(tx, today);
        } else {
            FollowUpQueue.reevaluate(tx, List.copyOf(ids), today);
        }
        return new EditUndo(edit.describe(), List.copyOf(ids), before, tx.contacts().rowsOf(ids));
    }

    /**
     * Puts the edited contacts' rows back as they were, then lets the shared Sort follow-up count again.
     *
     * @throws IllegalStateException when one of them changed since; nothing was changed
     */
    static void undo(StoreTransaction tx, EditUndo undo, LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>(undo.contactIds());
        if (!tx.contacts().rowsOf(ids).sameAs(undo.after())) {
            throw new IllegalStateException("Some of these contacts have changed since (" + undo.description()
                    + "), and undoing it now would lose that change. Nothing was changed.");
        }
        tx.touched(ids);
        tx.contacts().putBack(undo.before());
        FollowUpQueue.reevaluate(tx, List.of(), today);
    }
}
