package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date field reads ISO and the user's own short form, and refuses what is not a date. */
class DateFieldsTest {

    @ParameterizedTest(name = "{0}: \u201c{1}\u201d")
    @CsvSource(delimiter = '|', value = {
            "en-US|2026-03-20|2026-03-20",
            "en-US|3/15/2026|2026-03-15",
            "en-US|Mar 15, 2026|2026-03-15",
            "de-DE|2026-03-20|2026-03-20",
            "de-DE|15.03.2026|2026-03-15",
            "en-GB|15/03/2026|2026-03-15",
            "fr-FR|15/03/2026|2026-03-15"})
    void readsIsoAndTheLocalesOwnForm(String locale, String typed, LocalDate expected) {
        assertThat(DateFields.parse(typed, Locale.forLanguageTag(locale))).contains(expected);
    }

    @ParameterizedTest(name = "{0}: \u201c{1}\u201d")
    @CsvSource(delimiter = '|', value = {
            "en-GB|31/02/2026",
            "de-DE|31.02.2026",
            "en-US|2/31/2026",
            "en-US|2026-02-31",
            "en-US|15.03.2026",
            "de-DE|next Tuesday"})
    void refusesWhatIsNotADate(String locale, String typed) {
        assertThat(DateFields.parse(typed, Locale.forLanguageTag(locale))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en-US|Mar 20, 2026", "de-DE|20.03.2026", "en-GB|20 Mar 2026"})
    void showsTheLocalesMediumForm(String locale, String shown) {
        assertThat(DateFields.display(Locale.forLanguageTag(locale)).format(LocalDate.of(2026, 3, 20)))
                .isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en-US|3/20/2026", "de-DE|20.03.2026"})
    void theHintGivesBothForms(String locale, String local) {
        assertThat(DateFields.hint(Locale.forLanguageTag(locale))).contains("2026-03-20", local);
    }
}
