package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PRODUCT.md: a date may have no year ("--05-14" in vCards, "May 14" in phones); it is never invented one. */
class YearlyDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "1990-05-14     | 1990-05-14",
            "19900514       | 1990-05-14",
            "--05-14        | --05-14",
            "--0514         | --05-14",
            "' --04-22'     | --04-22",
            "May 14         | --05-14",
            "may 14         | --05-14",
            "14 May         | --05-14",
            "Sept 1         | --09-01",
            "May 14, 1990   | 1990-05-14",
            "14 May 1990    | 1990-05-14",
            "--02-29        | --02-29",
            "February 29    | --02-29"})
    void readsWhatPeopleTypeAndFilesHold(String text, String iso) {
        assertThat(YearlyDate.parse(text).toString()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", "tomorrow", "--13-01", "--02-30", "1990-02-29", "Foo 14", "May 32", "12.05."})
    void refusesWhatIsNotADay(String text) {
        assertThatThrownBy(() -> YearlyDate.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest(name = "{0} comes round next on {2} from {1}")
    @CsvSource(delimiter = '|', value = {
            "--05-14    | 2026-05-14 | 2026-05-14",
            "--05-14    | 2026-05-15 | 2027-05-14",
            "1990-12-31 | 2026-01-01 | 2026-12-31",
            "--02-29    | 2026-02-01 | 2026-02-28",
            "--02-29    | 2028-02-01 | 2028-02-29"})
    void comesRoundEveryYearWhetherTheYearIsKnownOrNot(String date, LocalDate from, LocalDate next) {
        assertThat(YearlyDate.parse(date).nextOnOrAfter(from)).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', value = {"1990-05-14 | 'May 14, 1990'", "--05-14 | May 14"})
    void isShownAsPeopleWriteIt(String date, String shown) {
        assertThat(YearlyDate.parse(date).display()).isEqualTo(shown);
        assertThat(YearlyDate.parse(shown).toString()).as("and read back").isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} is in the future as of 2026-11-23: {1}")
    @CsvSource(delimiter = '|', value = {"2030-01-01 | true", "1990-01-01 | false", "--12-31 | false"})
    void onlyAKnownDayCanBeInTheFuture(String date, boolean future) {
        assertThat(YearlyDate.parse(date).isAfter(LocalDate.of(2026, 11, 23))).isEqualTo(future);
    }
}
