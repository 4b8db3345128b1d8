package app.rapport.interchange;

import java.util.Objects;

import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;

/**
 * A birthday or another important date of a contact, as the calendar file needs it: a yearly all-day event.
 *
 * @param uid the event's UID: the same contact and date give the same UID, so a re-import updates the event
 */
public record YearlyEvent(String uid, String summary, YearlyDate date) {

    public YearlyEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(date, "date");
    }

    public static YearlyEvent birthday(long contactId, String displayName, YearlyDate birthday) {
        return new YearlyEvent("birthday-" + contactId + "@rapport.app", "Birthday: " + displayName, birthday);
    }

    /** The {@code position}th important date of the contact (0 for the first). */
    public static YearlyEvent importantDate(long contactId, int position, String displayName, ImportantDate date) {
        return new YearlyEvent("date-" + contactId + "-" + position + "@rapport.app",
                date.label() + ": " + displayName, date.date());
    }
}
