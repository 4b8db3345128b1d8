package app.rapport.store;

import java.util.HashSet;
import java.util.Set;

/**
 * What one transaction said it changes: some contacts, the settings, or only what no page shows. A transaction
 * that wrote and said nothing is told to listeners as {@code null}: anything may have changed.
 */
public record Touched(Set<Long> contacts, boolean settings, boolean nothingShown) {

    public Touched {
        contacts = Set.copyOf(contacts);
    }

    static Touched none() {
        return new Touched(Set.of(), false, false);
    }

    Touched withContacts(Iterable<Long> ids) {
        Set<Long> all = new HashSet<>(contacts);
        ids.forEach(all::add);
        return new Touched(all, settings, nothingShown);
    }

    Touched withSettings() {
        return new Touched(contacts, true, nothingShown);
    }

    Touched withNothingShown() {
        return new Touched(contacts, settings, true);
    }
}
