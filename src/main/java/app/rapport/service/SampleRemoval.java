package app.rapport.service;

import java.util.List;
import java.util.Set;

import app.rapport.store.ContactRows;

/**
 * What removing the sample data did, and how to take it back within the session: {@code before} every row of
 * the sample contacts just before, {@code keptAfter} the rows of those that stayed right after (to tell whether
 * they changed since).
 *
 * @param removed how many sample contacts went
 * @param kept    the names of those that stayed because the user had added to them
 */
public record SampleRemoval(Set<Long> contactIds, Set<Long> keptIds, int removed, List<String> kept,
                            ContactRows before, ContactRows keptAfter) {

    public SampleRemoval {
        contactIds = Set.copyOf(contactIds);
        keptIds = Set.copyOf(keptIds);
        kept = List.copyOf(kept);
    }

    /** What removing the sample data would do now: how many contacts go, and the names of those that stay. */
    public record Plan(int removes, List<String> keeps) {

        public Plan {
            keeps = List.copyOf(keeps);
        }
    }
}
