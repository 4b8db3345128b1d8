package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactMergeTest {

    static Contact kept() {
        return Contact.builder().id(7L).displayName("Ada Lovelace").givenName("Ada").role("Engineer")
                .category(Category.UNDECIDED).relationship(Relationship.CLIENT).emails(List.of("ada@example.com"))
                .tags(List.of("math")).notes("Sharp").metOn(LocalDate.of(2026, 5, 1))
                .addedOn(LocalDate.of(2026, 5, 2)).vouchForThem("Brilliant").build();
    }

    static Contact imported() {
        return Contact.builder().displayName("Ada King").givenName("Augusta").familyName("King")
                .organization("Analytical Engines").role("Countess").category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).emails(List.of("ADA@example.com", "ada@work.example"))
                .phones(List.of("+44 1")).tags(List.of("Math", "conference")).notes("Met in London")
                .howWeMet("Regional meetup").metOn(LocalDate.of(2026, 3, 1)).vouchForMe("Kind").keepInTouchWeeks(6)
                .birthday(LocalDate.of(1815, 12, 10)).build();
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
