package app.rapport.interchange.archive;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.InteractionKind;

/** Time spent with a contact, as an archive holds it (under its contact, so without ids). */
public record ArchivedInteraction(LocalDate on, InteractionKind kind, String notes) {

    public ArchivedInteraction {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        notes = Objects.requireNonNullElse(notes, "");
    }
}
