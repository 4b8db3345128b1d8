package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.ContactRules;
import app.rapport.domain.FieldError;
import app.rapport.domain.FollowUp;
import app.rapport.store.RuleInputs;
import app.rapport.store.StoreTransaction;

/**
 * One {@link ContactEdit} applied to many contacts inside the caller's transaction, with what it takes to undo
 * it: every contact is checked first, so a problem with one changes none. The contacts are read once, whole;
 * only what the edit changed is written, and the follow-ups are re-evaluated in one pass over the rules' inputs
 * as committed: an edit of 5,000 contacts is a few statements, not thousands.
 */
final class ContactEdits {

    private ContactEdits() {
    }

    /** @param committed the rules' inputs as committed before this transaction */
    static EditUndo apply(StoreTransaction tx, RuleInputs committed, Collection<Long> contactIds, ContactEdit edit,
                          LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>(contactIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Select at least one contact.");
        }
        List<Contact> before = tx.contacts().findAll(ids);
        if (before.size() != ids.size()) {
            throw new IllegalStateException("Some of the selected contacts no longer exist. Nothing was changed.");
        }
        List<Contact> after = before.stream().map(edit::applyTo).toList();
        for (Contact contact : after) {
            List<FieldError> errors = ContactRules.validate(contact, today);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
        List<FollowUp> followUpsBefore = tx.followUps().all();
        tx.touched(ids);
        tx.contacts().updateChanged(before, after);
        FollowUpQueue.reevaluateEdited(tx, committed, after, followUpsBefore, today);
        return new EditUndo(edit.describe(), before, after,
                QueueUndo.between(followUpsBefore, tx.followUps().all()));
    }

    /**
     * Puts the edited contacts back as they were, and their follow-ups, then lets the shared Sort follow-up count
     * again.
     *
     * @throws IllegalStateException when one of them changed since; nothing was changed
     */
    static void undo(StoreTransaction tx, EditUndo undo, LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>(undo.contactIds());
        List<Contact> now = tx.contacts().findAll(ids);
        List<FollowUp> followUpsNow = tx.followUps().all();
        if (!sameStored(now, undo.after()) || !undo.followUps().stillAsLeft(followUpsNow, ids)) {
            throw new IllegalStateException("Some of these contacts have changed since (" + undo.description()
                    + "), and undoing it now would lose that change. Nothing was changed.");
        }
        Set<Long> touched = new HashSet<>(ids);
        touched.addAll(undo.followUps().contactIds());
        tx.touched(touched);
        tx.contacts().updateChanged(now, undo.before());
        undo.followUps().takeBack(tx, followUpsNow);
        FollowUpQueue.reevaluate(tx, List.of(), today);
    }

    // The store keeps tags in alphabetical order, where an added one went last.
    private static boolean sameStored(List<Contact> stored, List<Contact> expected) {
        return stored.size() == expected.size() && sorted(stored).equals(sorted(expected));
    }

    private static List<Contact> sorted(List<Contact> contacts) {
        List<Contact> sorted = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            sorted.add(contact.toBuilder().tags(contact.tags().stream().sorted().toList()).build());
        }
        return sorted;
    }
}
