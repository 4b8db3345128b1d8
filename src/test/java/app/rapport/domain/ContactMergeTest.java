package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactMergeTest {

    static Contact kept() {
        return new Contact(7L, "Ada Lovelace", "Ada", "", "", "Engineer", Category.UNDECIDED, Relationship.CLIENT,
                List.of("ada@example.com"), List.of(), List.of("math"), "Sharp", "", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 2), "Brilliant", "", null, null, false);
    }

    static Contact imported() {
        return new Contact(null, "Ada King", "Augusta", "King", "Analytical Engines", "Countess",
                Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of("ADA@example.com", "ada@work.example"),
                List.of("+44 1"), List.of("Math", "conference"), "Met in London", "Regional meetup",
                LocalDate.of(2026, 3, 1), null, "", "Kind", 6, LocalDate.of(1815, 12, 10), false);
    }

    @Test
    void whatTheUserWroteWinsAndTheImportFillsTheGaps() {
        Contact merged = ContactMerge.absorb(kept(), imported());

        assertThat(merged.id()).isEqualTo(7L);
        assertThat(merged.displayName()).isEqualTo("Ada Lovelace");
        assertThat(merged.givenName()).isEqualTo("Ada");
        assertThat(merged.familyName()).isEqualTo("King");
        assertThat(merged.organization()).isEqualTo("Analytical Engines");
        assertThat(merged.role()).isEqualTo("Engineer");
        assertThat(merged.category()).as("undecided takes the import's").isEqualTo(Category.PROFESSIONAL);
        assertThat(merged.relationship()).as("a chosen relationship stays").isEqualTo(Relationship.CLIENT);
        assertThat(merged.emails()).containsExactly("ada@example.com", "ada@work.example");
        assertThat(merged.phones()).containsExactly("+44 1");
        assertThat(merged.tags()).containsExactly("math", "conference");
        assertThat(merged.notes()).isEqualTo("Sharp\n\nMet in London");
        assertThat(merged.howWeMet()).isEqualTo("Regional meetup");
        assertThat(merged.metOn()).as("the earlier meeting").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(merged.addedOn()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(merged.vouchForThem()).isEqualTo("Brilliant");
        assertThat(merged.vouchForMe()).isEqualTo("Kind");
        assertThat(merged.keepInTouchWeeks()).isEqualTo(6);
        assertThat(merged.birthday()).isEqualTo(YearlyDate.of(LocalDate.of(1815, 12, 10)));
    }

    @Test
    void mergingTheSameRecordTwiceChangesNothing() {
        Contact once = ContactMerge.absorb(kept(), imported());
        assertThat(ContactMerge.absorb(once, imported())).isEqualTo(once);
    }
}
