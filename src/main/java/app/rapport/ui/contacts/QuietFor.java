package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.KeepInTouch;
import app.rapport.ui.DateFields;

/**
 * "Quiet for", in words, the same in the contacts table and on a contact's page: the days of
 * {@link KeepInTouch#quietDays}, what they count from (the last interaction, else the day met, else the day
 * added), and the keep-in-touch mark, never told by colour alone.
 *
 * @param text    short, for a table cell: "53 days since met · catch up"
 * @param contact whom it is about, for {@link #sentence}
 */
public record QuietFor(long days, KeepInTouch mark, String text, ContactSummary contact) {

    private static final DateTimeFormatter DATE = DateFields.display(Locale.getDefault(Locale.Category.FORMAT));

    public static QuietFor of(ContactSummary contact, LocalDate today) {
        long days = KeepInTouch.quietDays(contact, today);
        KeepInTouch mark = KeepInTouch.of(contact, today);
        String count = count(days);
        // The same order as KeepInTouch.quietDays: the last interaction, else the day met, else the day added.
        String text = contact.lastInteraction() == null && contact.metOn() != null ? count + " since met"
                : contact.lastInteraction() == null && contact.addedOn() != null ? count + " since added"
                : count;
        return new QuietFor(days, mark, switch (mark) {
            case PAST_IDEAL -> text + " \u00b7 catch up";
            case PAST_MAXIMUM -> text + " \u00b7 long overdue";
            default -> text;
        }, contact);
    }

    /**
     * Whole, for a tooltip or a page, worded when asked rather than for every row of the table: "53 days since
     * you met, on 1 Oct 2026 (nothing logged since). Time to catch up: you wanted to talk every 6 weeks."
     */
    public String sentence() {
        String count = count(days);
        String since;
        if (contact.lastInteraction() != null) {
            since = count + " since your last interaction, on " + DATE.format(contact.lastInteraction()) + ".";
        } else if (contact.metOn() != null) {
            since = count + " since you met, on " + DATE.format(contact.metOn()) + " (nothing logged since).";
        } else if (contact.addedOn() != null) {
            since = count + " since you added them, on " + DATE.format(contact.addedOn())
                    + " (nothing logged, no day met).";
        } else {
            since = "Nothing logged and no day met.";
        }
        return switch (mark) {
            case PAST_IDEAL -> since + " Time to catch up: you wanted to talk every " + contact.keepInTouchWeeks()
                    + " weeks.";
            case PAST_MAXIMUM -> since + " Long overdue: more than twice the " + contact.keepInTouchWeeks()
                    + " weeks you wanted between catch-ups.";
            default -> since;
        };
    }

    private static String count(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
