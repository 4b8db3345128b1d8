package app.rapport.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A follow-up a rule asks for as of a day, before it is compared with the queue: it becomes a new follow-up
 * only if no open one has its trigger and the user has not already completed or dismissed that trigger.
 *
 * @param platformId null when the follow-up is about the contact rather than one platform
 */
record FollowUpCandidate(FollowUpRule rule, String platformId, String triggerKey, String title, String message,
                         LocalDate due) {

    FollowUpCandidate {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(triggerKey, "triggerKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(due, "due");
    }

    /** A trigger key starts with the rule's name, so keys of different rules never meet. */
    static String triggerKey(FollowUpRule rule, Object... parts) {
        return Stream.concat(Stream.of(rule.name()), Arrays.stream(parts).map(String::valueOf))
                .collect(Collectors.joining(":"));
    }

    FollowUp openFor(long contactId, LocalDate today) {
        return new FollowUp(null, contactId, platformId, rule.name(), triggerKey, title, message, due,
                FollowUpStatus.OPEN, today);
    }

    /** The stored {@code followUp} of this trigger, worded as the rule words it now. */
    FollowUp retitle(FollowUp followUp) {
        return new FollowUp(followUp.id(), followUp.contactId(), followUp.platformId(), followUp.rule(),
                followUp.triggerKey(), title, message, followUp.due(), followUp.status(), followUp.createdOn());
    }
}
