package app.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder in the queue. {@code rule} is a {@link FollowUpRule} name, COLLISION or MANUAL; {@code triggerKey}
 * names what made a rule create it, so the same trigger never makes a second one. {@code platformId} is null
 * when the follow-up is about the contact rather than a platform; {@code contactId} is null only for the Sort
 * follow-up that many undecided contacts share ({@link SortFollowUp}).
 */
public record FollowUp(Long id, Long contactId, String platformId, String rule, String triggerKey, String title,
                       String message, LocalDate due, FollowUpStatus status, LocalDate createdOn) {

    public static final String COLLISION = "COLLISION";
    /** One the user added by hand; the rules never open or close it. */
    public static final String MANUAL = "MANUAL";

    public FollowUp {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(triggerKey, "triggerKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }
}
