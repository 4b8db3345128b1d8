package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The link on {@code platformId} among one contact's {@code links}, or null. By index, with no iterator or
     * stream: the readiness rows, the collision report and Home's sort of pending requests ask this for every
     * contact, and each iterator was garbage at start-up.
     */
    public static Link on(List<Link> links, String platformId) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).platformId().equals(platformId)) {
                return links.get(i);
            }
        }
        return null;
    }

    /** The day of the last change, when it is known. */
    public Optional<LocalDate> knownSince() {
        return Optional.ofNullable(since);
    }
}
