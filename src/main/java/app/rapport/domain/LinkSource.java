package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a link's state came from when it was not the user: a download ("Facebook download") and the day that
 * download knew it. Shown beside the link ("Facebook download, 28 Nov 2026").
 */
public record LinkSource(long contactId, String platformId, String source, LocalDate on) {

    public LinkSource {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(on, "on");
    }
}
