package app.rapport.service;

import java.util.List;

import app.rapport.domain.Contact;

/**
 * What one bulk edit or Sort step did, and how to take it back within the session: the edited contacts just
 * before and right after it (after, to tell whether they changed since), and what it did to the follow-ups.
 */
public final class EditUndo {

    private final String description;
    private final List<Long> contactIds;
    private final List<Contact> before;
    private final List<Contact> after;
    private final QueueUndo followUps;

    EditUndo(String description, List<Contact> before, List<Contact> after, QueueUndo followUps) {
        this.description = description;
        this.contactIds = before.stream().map(Contact::id).toList();
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.followUps = followUps;
    }

    /** What was done, e.g. "Set category to Personal". */
    public String description() {
        return description;
    }

    public List<Long> contactIds() {
        return contactIds;
    }

    public int count() {
        return contactIds.size();
    }

    List<Contact> before() {
        return before;
    }

    List<Contact> after() {
        return after;
    }

    QueueUndo followUps() {
        return followUps;
    }
}
