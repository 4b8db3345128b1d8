package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A day in the words of the user's locale, which may change while Rapport runs (the formatter is kept). */
class DayTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 7);
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void aDayIsWrittenInTheMediumFormOfTheLocaleInUseEachTime() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(DayText.of(DAY)).isEqualTo("7 Nov 2026");
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertThat(DayText.of(DAY)).isEqualTo("07.11.2026");
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(DayText.of(DAY.plusDays(1))).isEqualTo("8 Nov 2026");
    }
}
