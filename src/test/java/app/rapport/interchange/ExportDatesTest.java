package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 Mar 2024        | 2024-03-12",
            "03 Jan 2024        | 2024-01-03",
            "5 jun 2019         | 2019-06-05",
            "29 Feb 2024        | 2024-02-29",
            "12 March 2024      | 2024-03-12",
            "'1/8/18, 6:14 PM'  | 2018-01-08",
            "'12/24/17, 9:02 am'| 2017-12-24",
            "'1/8/2018, 6:14 PM'| 2018-01-08",
            "1/8/18             | 2018-01-08",
            "2024-03-12         | 2024-03-12",
            "2024-03-12T18:14:00Z | 2024-03-12",
            "2024-03-12 18:14:00 UTC | 2024-03-12",
            "6-Feb-26           | 2026-02-06",
            "06-Feb-2026        | 2026-02-06",
            "2/6/2026           | 2026-02-06",
            "2026-02-06         | 2026-02-06"})
    void readsTheFormsTheExportsUse(String text, LocalDate expected) {
        assertThat(ExportDates.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/8/18,\u202F6:14\u202FPM", "1/8/18,\u00A06:14 PM"})
    void narrowAndNoBreakSpacesAreSpaces(String text) {
        assertThat(ExportDates.parse(text)).contains(LocalDate.of(2018, 1, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31 Foo 2024", "31 Feb 2024", "13/1/18", "last Tuesday", "2024-02-30", "12.03.2024"})
    void anythingElseIsNotADate(String text) {
        assertThat(ExportDates.parse(text)).isEmpty();
    }
}
