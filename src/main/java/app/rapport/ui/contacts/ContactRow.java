package app.rapport.ui.contacts;

import java.time.LocalDate;

import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;

/**
 * A contacts-table row: the summary plus what the table shows of it that takes work to find, done once when
 * the row is loaded (the search text folded; "quiet for" in words).
 */
public record ContactRow(ContactSummary summary, String searchableText, QuietFor quiet) {

    public static ContactRow of(ContactSummary summary, LocalDate today) {
        return new ContactRow(summary, ContactSearch.searchableText(summary), QuietFor.of(summary, today));
    }

    public long id() {
        return summary.id();
    }
}
