package app.rapport.interchange.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The local day of a message's DATE, as the user's clock would have shown it. */
class MessageDatesTest {

    private final MessageDates berlin = new MessageDates(ZoneId.of("Europe/Berlin"));

    @ParameterizedTest(name = "{0} is {1} in Berlin")
    @CsvSource({
            "2024-03-05 14:22:11 UTC, 2024-03-05",
            "2024-03-05 23:30:00 UTC, 2024-03-06",
            "2024-07-31 22:59:59 UTC, 2024-08-01",
            "2024-07-31 21:59:59 UTC, 2024-07-31",
            "2024-03-05 08:00:00 GMT, 2024-03-05",
            "2024-02-29 23:00:00 UTC, 2024-03-01"})
    void theDayInTheUsersZone(String text, LocalDate day) {
        assertThat(berlin.day(text)).isEqualTo(day);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", "yesterday", "2024-13-05 14:22:11 UTC", "2024-03-05 25:22:11 UTC",
            "2024-03-05 14:22:11 Nowhere", "2024-03-05T14:22:11 UTC", "2024-+3-05 14:22:11 UTC"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> berlin.day(text)).isInstanceOf(DateTimeParseException.class);
    }
}
