package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactSearchTest {

    private static final ContactSummary JOSE = new ContactSummary(1, "Jos\u00e9 P\u00e9rez", "ACME Corp", "Head of Sales",
            Category.PROFESSIONAL, Relationship.CLIENT, List.of("conference-2026", "golf"),
            "Prefers calls after 4pm", LocalDate.of(2026, 3, 1), null, null, LocalDate.of(2026, 1, 5), false);

    @ParameterizedTest(name = "\"{0}\" finds him: {1}")
    @CsvSource({
            "'', true",
            "'   ', true",
            "jose, true",
            "P\u00c9REZ, true",
            "acme, true",
            "head sales, true",
            "'sales   head', true",
            "golf, true",
            "conference-2026, true",
            "4pm, true",
            "jose acme, true",
            "jose google, false",
            "marketing, false"
    })
    void matchesEveryWordAnywhereIgnoringCaseAndAccents(String query, boolean found) {
        String text = ContactSearch.searchableText(JOSE);
        assertThat(ContactSearch.matcher(query).test(text)).isEqualTo(found);
    }
}
