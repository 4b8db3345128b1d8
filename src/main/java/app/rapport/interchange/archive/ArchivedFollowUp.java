package app.rapport.interchange.archive;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.FollowUpStatus;

/**
 * A follow-up in an archive. {@code contact} is an {@link ArchivedContact#id()} in the same archive,
 * {@code platform} a platform id or null. {@code message}, {@code triggerKey} and {@code createdOn} go beyond
 * INTERCHANGE.md's example so that a restore loses nothing: without its trigger key, a follow-up the user
 * dismissed would be opened again by its rule.
 */
public record ArchivedFollowUp(String contact, String platform, String rule, String title, LocalDate due,
                               FollowUpStatus status, String message, String triggerKey, LocalDate createdOn) {

    public ArchivedFollowUp {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
        message = Objects.requireNonNullElse(message, "");
        triggerKey = Objects.requireNonNullElse(triggerKey, "");
    }
}
