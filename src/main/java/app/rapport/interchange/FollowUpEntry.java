package app.rapport.interchange;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the calendar file needs of one open follow-up, with its contact and platform already resolved to names,
 * so the exporter never looks anything up. {@code platformName} is null for a follow-up about the contact
 * itself; {@code rule} is the follow-up's stored rule name (a FollowUpRule, COLLISION or MANUAL).
 */
public record FollowUpEntry(long id, String title, String message, LocalDate due, String contactName,
                            String platformName, String rule) {

    public FollowUpEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(rule, "rule");
        message = message == null ? "" : message;
    }
}
