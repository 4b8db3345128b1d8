package app.rapport.ui.contacts;

import app.rapport.domain.ContactSearch;
import app.rapport.domain.ContactSummary;

/** A contacts-table row: the summary plus its search text, folded once when the row is loaded. */
public record ContactRow(ContactSummary summary, String searchableText) {

    public static ContactRow of(ContactSummary summary) {
        return new ContactRow(summary, ContactSearch.searchableText(summary));
    }

    public long id() {
        return summary.id();
    }
}
