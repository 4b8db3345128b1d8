package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.KeepInTouch;
import app.rapport.domain.Relationship;

/** A row works out what takes work to show only when it is shown, searched or sorted, and the same each time. */
class ContactRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ContactSummary ADA = new ContactSummary(1, "Ada Lovelace", "ACME Corp", "Head of Sales",
            Category.PROFESSIONAL, Relationship.CLIENT, List.of("golf"), "", LocalDate.of(2026, 3, 1), null, null,
            LocalDate.of(2026, 1, 5), false, List.of(), List.of());

    @Test
    void aNewRowHasNotWordedHowLongItHasBeenQuiet() {
        ContactRow row = ContactRow.of(ADA, TODAY);

        assertThat(row.isQuietWorded()).as("30,000 rows worded on the way to the table at start-up").isFalse();
        assertThat(row.isFolded()).isFalse();
    }

    @Test
    void askedItWordsTheQuietTimeAsOfTheDayTheRowWasMadeOn() {
        ContactRow row = ContactRow.of(ADA, TODAY);

        assertThat(row.quiet()).isEqualTo(QuietFor.of(ADA, TODAY)).isSameAs(row.quiet());
        assertThat(row.quiet().days()).isEqualTo(KeepInTouch.quietDays(ADA, TODAY));
        assertThat(row.isQuietWorded()).isTrue();
    }

    @Test
    void warmingWordsAndFoldsEveryRow() {
        List<ContactRow> rows = List.of(ContactRow.of(ADA, TODAY), ContactRow.of(ADA, TODAY.plusDays(1)));

        ContactRow.warm(rows);

        assertThat(rows).allMatch(ContactRow::isQuietWorded).allMatch(ContactRow::isFolded);
        assertThat(rows.get(1).quiet().days()).isEqualTo(rows.get(0).quiet().days() + 1);
    }

    @Test
    void rowsAreTheSameWhenTheirContactAndDayAre() {
        assertThat(ContactRow.of(ADA, TODAY)).isEqualTo(ContactRow.of(ADA, TODAY))
                .hasSameHashCodeAs(ContactRow.of(ADA, TODAY))
                .isNotEqualTo(ContactRow.of(ADA, TODAY.plusDays(1)));
    }
}
