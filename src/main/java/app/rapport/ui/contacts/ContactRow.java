package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;

/**
 * A contacts-table row: the summary plus what the table shows of it that takes work to find ("quiet for" in
 * words), and the folded text search looks through. That text is folded when first needed: folding 30,000 rows
 * before the table could show them was a fifth of start-up's wait for the table, so the rows are warmed
 * ({@link #warm}) after they show, and a search before that folds what it meets.
 */
public final class ContactRow {

    private final ContactSummary summary;
    private final QuietFor quiet;
    // Worked out at most a few times if threads race; a String is safe to share without a lock.
    private String searchableText;

    private ContactRow(ContactSummary summary, QuietFor quiet) {
        this.summary = Objects.requireNonNull(summary, "summary");
        this.quiet = quiet;
    }

    public static ContactRow of(ContactSummary summary, LocalDate today) {
        return new ContactRow(summary, QuietFor.of(summary, today));
    }

    public ContactSummary summary() {
        return summary;
    }

    public QuietFor quiet() {
        return quiet;
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

    /** Folds the text of every row now, so the first search does not. */
    static void warm(Iterable<ContactRow> rows) {
        rows.forEach(ContactRow::searchableText);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactRow row && summary.equals(row.summary) && Objects.equals(quiet, row.quiet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, quiet);
    }

    @Override
    public String toString() {
        return "ContactRow[" + summary + ", " + quiet + "]";
    }
}
