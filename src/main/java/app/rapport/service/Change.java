package app.rapport.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a committed use case changed, so that pages re-read only what they show of it: some contacts (with
 * everything that hangs on them: links, interactions, follow-ups), the settings (rules, platforms, templates,
 * the user's name), or everything (a restore, an import, a new day).
 */
public record Change(Set<Long> contacts, boolean settings, boolean everything) {

    /** Past this many contacts one change is simpler to treat as everything than to apply row by row. */
    static final int MAX_CONTACTS = 500;

    public static final Change EVERYTHING = new Change(Set.of(), false, true);
    public static final Change SETTINGS = new Change(Set.of(), true, false);
    /** A write no page shows, such as the window's size. */
    public static final Change NOTHING_SHOWN = new Change(Set.of(), false, false);

    public Change {
        contacts = Set.copyOf(contacts);
    }

    public static Change contact(long id) {
        return new Change(Set.of(id), false, false);
    }

    public static Change contacts(Collection<Long> ids) {
        return ids.size() > MAX_CONTACTS ? EVERYTHING : new Change(Set.copyOf(ids), false, false);
    }

    /** Both changes at once. */
    public Change and(Change other) {
        if (everything || other.everything || contacts.size() + other.contacts.size() > MAX_CONTACTS) {
            return EVERYTHING;
        }
        Set<Long> both = new HashSet<>(contacts);
        both.addAll(other.contacts);
        return new Change(both, settings || other.settings, false);
    }

    /** Whether data about this contact may have changed (a settings change alters every verdict). */
    public boolean concerns(long contactId) {
        return everything || settings || contacts.contains(contactId);
    }

    /** Whether anything shown on a page changed. */
    public boolean isShown() {
        return everything || settings || !contacts.isEmpty();
    }
}
