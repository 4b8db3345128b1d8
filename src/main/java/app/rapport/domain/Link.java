package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact on one platform: the state, the day it last changed (for REQUEST_SENT, the day the request went
 * out, which is what "no answer means no" counts from) and an optional handle or profile URL ("" if none).
 * {@code since} is null when nobody knows the day: a file named the state with a date that could not be read.
 */
public record Link(long contactId, String platformId, LinkState state, LocalDate since, String handle) {

    public Link {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(state, "state");
        handle = handle == null ? "" : handle.strip();
    }

    /** The day of the last change, when it is known. */
    public Optional<LocalDate> knownSince() {
        return Optional.ofNullable(since);
    }
}
