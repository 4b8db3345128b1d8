package app.rapport.interchange;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.LinkState;

/**
 * A contact's standing on one platform as a file tells it. {@code since} is null when the file did not say, or
 * said it in a way that could not be read; the link is then stored with its day unknown, never the import day.
 */
public record ImportedLink(String platformId, LinkState state, LocalDate since, String handle) {

    /** The longest handle or profile URL the store holds. */
    public static final int HANDLE_MAX = 500;

    public ImportedLink {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(state, "state");
        handle = handle == null ? "" : handle.strip();
    }
}
