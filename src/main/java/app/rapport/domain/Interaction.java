package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Time spent with one or more contacts, as seen from one of them: {@code contactId} is the person this copy is
 * about (the rules count it for them) and {@code others} are the rest of the people it was with, so a dinner with
 * three friends is one interaction that each of them sees. {@code id} is null until stored.
 *
 * @param others the other people it was with, never {@code contactId} itself; empty for an interaction with one
 *               person (the shared empty list, so the rules' copy of 300,000 interactions costs nothing for it)
 */
public record Interaction(Long id, long contactId, LocalDate on, InteractionKind kind, String notes,
                          List<Long> others) {

    public Interaction {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        notes = notes == null ? "" : notes.strip();
        others = others == null || others.isEmpty() ? List.of()
                : List.copyOf(others.stream().filter(other -> other != contactId).distinct().toList());
    }

    /** An interaction with one person. */
    public Interaction(Long id, long contactId, LocalDate on, InteractionKind kind, String notes) {
        this(id, contactId, on, kind, notes, List.of());
    }

    /**
     * An interaction with every one of {@code contactIds}, seen from the first.
     *
     * @throws IllegalArgumentException when nobody is given: an interaction is always with someone
     */
    public static Interaction with(Long id, List<Long> contactIds, LocalDate on, InteractionKind kind,
                                   String notes) {
        List<Long> people = new ArrayList<>(new LinkedHashSet<>(contactIds));
        if (people.isEmpty()) {
            throw new IllegalArgumentException("An interaction is with at least one person.");
        }
        return new Interaction(id, people.getFirst(), on, kind, notes, people.subList(1, people.size()));
    }

    /** Everyone it was with: {@code contactId} first, then the others. */
    public List<Long> participants() {
        if (others.isEmpty()) {
            return List.of(contactId);
        }
        List<Long> everyone = new ArrayList<>(others.size() + 1);
        everyone.add(contactId);
        everyone.addAll(others);
        return List.copyOf(everyone);
    }

    /** The same interaction as {@code participant} sees it. */
    public Interaction seenBy(long participant) {
        List<Long> everyone = participants();
        if (!everyone.contains(participant)) {
            throw new IllegalArgumentException("Contact " + participant + " was not part of this interaction.");
        }
        return new Interaction(id, participant, on, kind, notes, everyone);
    }

    public Interaction withId(Long newId) {
        return new Interaction(newId, contactId, on, kind, notes, others);
    }
}
