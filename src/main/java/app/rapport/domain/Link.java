package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact on one platform: the state, the day it last changed (for REQUEST_SENT, the day the request went
 * out, which is what "no answer means no" counts from) and an optional handle or profile URL ("" if none).
 */
public record Link(long contactId, String platformId, LinkState state, LocalDate since, String handle) {

    public Link {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        handle = handle == null ? "" : handle.strip();
    }
}
