package app.rapport.interchange.archive;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.LinkState;

/** A contact's link to a platform, which it names by the platform's id; {@code since} is null when not known. */
public record ArchivedLink(String platform, LinkState state, LocalDate since, String handle) {

    public ArchivedLink {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(state, "state");
        handle = Objects.requireNonNullElse(handle, "");
    }
}
