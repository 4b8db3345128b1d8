package app.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a contact stands against their keep-in-touch cadence. Past the ideal gap (the cadence) the table shows a
 * gentle mark; past the maximum gap, taken as twice the cadence, a strong one.
 */
public enum KeepInTouch {
    NO_CADENCE, ON_TRACK, PAST_IDEAL, PAST_MAXIMUM;

    /** Days since the last interaction; when there is none, since they met, else since they were added. */
    public static long quietDays(ContactSummary contact, LocalDate today) {
        LocalDate last = contact.lastInteraction() != null ? contact.lastInteraction()
                : contact.metOn() != null ? contact.metOn() : contact.addedOn();
        return last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(last, today));
    }

    public static KeepInTouch of(ContactSummary contact, LocalDate today) {
        Integer weeks = contact.keepInTouchWeeks();
        if (weeks == null) {
            return NO_CADENCE;
        }
        long quiet = quietDays(contact, today);
        if (quiet >= 14L * weeks) {
            return PAST_MAXIMUM;
        }
        return quiet >= 7L * weeks ? PAST_IDEAL : ON_TRACK;
    }
}
