package app.rapport.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open follow-up on the home page, with the names it needs so the page reads no more data.
 *
 * @param platformName null when the follow-up is about the contact rather than a platform
 * @param rule         the follow-up's rule name: a {@code FollowUpRule}, COLLISION or MANUAL
 */
public record DueFollowUp(long id, long contactId, String contactName, String platformName, String title,
                          String rule, LocalDate due) {

    public DueFollowUp {
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(due, "due");
    }
}
