package app.rapport.interchange.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import app.rapport.domain.InteractionKind;

/**
 * Time spent with a contact, as an archive holds it: under its first contact, without ids, and since version 2
 * with the archive ids of the other people it was with (one dinner with three friends is written once, under
 * the first of them).
 */
public record ArchivedInteraction(LocalDate on, InteractionKind kind, String notes, List<String> with) {

    public ArchivedInteraction {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        notes = Objects.requireNonNullElse(notes, "");
        with = List.copyOf(Objects.requireNonNullElse(with, List.of()));
    }

    /** With its contact alone, as every interaction of a version 1 archive is. */
    public ArchivedInteraction(LocalDate on, InteractionKind kind, String notes) {
        this(on, kind, notes, List.of());
    }
}
