package app.rapport.ui.contacts;

import java.time.LocalDate;

import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.KeepInTouch;

/**
 * A contacts-table row: the summary plus what the table shows of it that takes work to find, done once when
 * the row is loaded (the search text folded; "quiet for" against the keep-in-touch cadence, in words).
 */
public record ContactRow(ContactSummary summary, String searchableText, long quietDays, KeepInTouch keepInTouch,
                         String quietText, String quietTooltip) {

    public static ContactRow of(ContactSummary summary, LocalDate today) {
        long days = KeepInTouch.quietDays(summary, today);
        KeepInTouch mark = KeepInTouch.of(summary, today);
        String text = days == 1 ? "1 day" : days + " days";
        return switch (mark) {
            case PAST_IDEAL -> new ContactRow(summary, ContactSearch.searchableText(summary), days, mark,
                    text + " · catch up", "You wanted to talk every " + summary.keepInTouchWeeks() + " weeks");
            case PAST_MAXIMUM -> new ContactRow(summary, ContactSearch.searchableText(summary), days, mark,
                    text + " · long overdue", "More than twice the " + summary.keepInTouchWeeks()
                            + " weeks you wanted between catch-ups");
            default -> new ContactRow(summary, ContactSearch.searchableText(summary), days, mark, text, "");
        };
    }

    public long id() {
        return summary.id();
    }
}
