package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Time spent with a contact. {@code id} is null until stored. */
public record Interaction(Long id, long contactId, LocalDate on, InteractionKind kind, String notes) {

    public Interaction {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        notes = notes == null ? "" : notes.strip();
    }
}
