package app.rapport.store;

import java.util.HashSet;
import java.util.Set;

/**
 * What one transaction said it changes: some contacts, and whether the settings. A transaction that said only
 * that it changes nothing a page shows has neither. One that wrote and said nothing at all is told to listeners
 * as {@code null}: anything may have changed.
 */
public record Touched(Set<Long> contacts, boolean settings) {

    public Touched {
        contacts = Set.copyOf(contacts);
    }

    static Touched none() {
        return new Touched(Set.of(), false);
    }

    Touched withContacts(Iterable<Long> ids) {
        Set<Long> all = new HashSet<>(contacts);
        ids.forEach(all::add);
        return new Touched(all, settings);
    }

    Touched withSettings() {
        return new Touched(contacts, true);
    }
}
