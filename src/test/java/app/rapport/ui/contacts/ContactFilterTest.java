package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;

/** The filter folds a row's search text only for a search that has words to look for. */
class ContactFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final ContactFilter filter = new ContactFilter(() -> { });

    @Test
    void withoutASearchEveryRowPassesUnfolded() {
        ContactRow row = row("Jos\u00e9 P\u00e9rez");
        filter.searchTextProperty().set("   ");

        assertThat(filter.filtering().test().test(row)).isTrue();
        assertThat(row.isFolded()).as("30,000 rows folded on the FX thread at every load").isFalse();
    }

    @Test
    void aSearchFoldsTheRowsItLooksAt() {
        ContactRow jose = row("Jos\u00e9 P\u00e9rez");
        ContactRow ana = row("Ana Lima");
        filter.searchTextProperty().set("jose");

        assertThat(filter.filtering().test().test(jose)).isTrue();
        assertThat(filter.filtering().test().test(ana)).isFalse();
        assertThat(jose.isFolded()).isTrue();
        assertThat(ana.isFolded()).isTrue();
    }

    private static ContactRow row(String name) {
        return ContactRow.of(new ContactSummary(1, name, "ACME Corp", "Head of Sales", Category.PROFESSIONAL,
                Relationship.CLIENT, List.of("golf"), "", LocalDate.of(2026, 3, 1), null, null,
                LocalDate.of(2026, 1, 5), false, List.of(), List.of()), TODAY);
    }
}
