package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactSearchTest {

    private static final ContactSummary JOSE = new ContactSummary(1, "Jos\u00e9 P\u00e9rez", "ACME Corp", "Head of Sales",
            Category.PROFESSIONAL, Relationship.CLIENT, List.of("conference-2026", "golf"),
            "Prefers calls after 4pm", LocalDate.of(2026, 3, 1), null, null, LocalDate.of(2026, 1, 5), false,
            List.of("jose.perez@acme.example"), List.of("+44 20 7946 0018", "(555) 123-4567"));

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
            "marketing, false",
            "jose.perez@acme, true",
            "ACME.EXAMPLE, true",
            "perez@google, false",
            "'+44 20 7946 0018', true",
            "442079460018, true",
            "'020 7946 0018', true",
            "'0044-20-7946-0018', true",
            "79460018, true",
            "555-123-4567, true",
            "5551234567, true",
            "'(555) 123 4567', true",
            "555-999-0000, false",
            "2026, true"
    })
    void matchesEveryWordAnywhereIgnoringCaseAndAccents(String query, boolean found) {
        String text = ContactSearch.searchableText(JOSE);
        assertThat(ContactSearch.matcher(query).test(text)).isEqualTo(found);
    }

    @ParameterizedTest(name = "\"{0}\" matches every text without looking at it: {1}")
    @CsvSource({
            "'', true",
            "'   ', true",
            "'\t \n', true",
            "jose, false",
            "' a ', false",
            "-, false"
    })
    void aQueryWithoutWordsMatchesEverythingUnseen(String query, boolean everything) {
        assertThat(ContactSearch.matchesEverything(query)).isEqualTo(everything);
        if (everything) {
            assertThat(ContactSearch.matcher(query).test("")).isTrue();
        }
    }

    @ParameterizedTest(name = "\"{1}\" after \"{0}\" looks only among what the first found: {2}")
    @CsvSource({
            "jo, jos, true",
            "jose, 'jose acm', true",
            "'jose ', 'jose a', true",
            "Jos\u00e9, JOSE P, true",
            "jose, jose, true",
            "'', j, false",
            "jose, jo, false",
            "jose, josh, false",
            "jose acme, acme jose, false",
            "'+44', '+44 20', false",
            "-, -1, false",
            "ab, ab1, true"
    })
    void aQueryTypedFurtherFindsOnlyWhatTheShorterFoundUnlessItSearchesDigits(String before, String after,
            boolean narrows) {
        assertThat(ContactSearch.narrows(before, after)).isEqualTo(narrows);
    }
}
