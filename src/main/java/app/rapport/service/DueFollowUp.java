package app.rapport.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open follow-up on the home page, with the names it needs so the page reads no more data.
 *
 * @param contactId    null, and {@code contactName} too, for the Sort follow-up that many undecided contacts share
 * @param platformName null when the follow-up is about the contact rather than a platform
 * @param rule         the follow-up's rule name: a {@code FollowUpRule}, COLLISION or MANUAL
 */
public record DueFollowUp(long id, Long contactId, String contactName, String platformName, String title,
                          String rule, LocalDate due) {

    public DueFollowUp {
        if (contactId != null) {
            Objects.requireNonNull(contactName, "contactName");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(due, "due");
    }

    /** Whether it is the Sort follow-up that many undecided contacts share, which leads to the Sort page. */
    public boolean sharedSort() {
        return contactId == null;
    }
}
