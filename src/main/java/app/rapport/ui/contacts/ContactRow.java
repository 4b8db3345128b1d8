package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;

/**
 * A contacts-table row: the summary plus what the table shows of it that takes work to find ("quiet for" in
 * words), and the folded text search looks through. Both are worked out when first needed: folding 30,000 rows
 * before the table could show them was a fifth of start-up's wait for the table, and wording how long each has
 * been quiet another 120-200 ms of it, while the table shows a few dozen. So the rows are warmed
 * ({@link #warm}) after they show, and a search or a sort before that works out what it meets.
 */
public final class ContactRow {

    private final ContactSummary summary;
    private final LocalDate today;
    // Each worked out at most a few times if threads race: a String, and a record of final fields, are safe to
    // share without a lock.
    private QuietFor quiet;
    private String searchableText;

    private ContactRow(ContactSummary summary, LocalDate today) {
        this.summary = Objects.requireNonNull(summary, "summary");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The row as the table shows it on {@code today}. */
    public static ContactRow of(ContactSummary summary, LocalDate today) {
        return new ContactRow(summary, today);
    }

    public ContactSummary summary() {
        return summary;
    }

    public QuietFor quiet() {
        QuietFor known = quiet;
        if (known == null) {
            known = QuietFor.of(summary, today);
            quiet = known;
        }
        return known;
    }

    public long id() {
        return summary.id();
    }

    /** The summary's text folded for search ({@link ContactSearch#searchableText}). */
    public String searchableText() {
        String text = searchableText;
        if (text == null) {
            text = ContactSearch.searchableText(summary);
            searchableText = text;
        }
        return text;
    }

    /** Whether the search text has been folded yet. */
    boolean isFolded() {
        return searchableText != null;
    }

    /** Whether the quiet time has been worded yet. */
    boolean isQuietWorded() {
        return quiet != null;
    }

    /** Folds the text of every row and words its quiet time now, so the first search or sort does not. */
    static void warm(Iterable<ContactRow> rows) {
        rows.forEach(row -> {
            row.searchableText();
            row.quiet();
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactRow row && summary.equals(row.summary) && today.equals(row.today);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, today);
    }

    @Override
    public String toString() {
        return "ContactRow[" + summary + ", " + today + "]";
    }
}
