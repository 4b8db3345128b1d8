package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeepInTouchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "cadence {0} weeks, last {1}, met {2}, added {3}: {4} quiet days, {5}")
    @CsvSource(nullValues = "-", value = {
            "-, 2026-11-01, -, 2026-01-01, 22, NO_CADENCE",
            "6, 2026-10-13, -, 2026-01-01, 41, ON_TRACK",
            "6, 2026-10-12, -, 2026-01-01, 42, PAST_IDEAL",
            "6, 2026-08-31, -, 2026-01-01, 84, PAST_MAXIMUM",
            "6, 2026-09-01, -, 2026-01-01, 83, PAST_IDEAL",
            "2, -, 2026-11-02, 2026-01-01, 21, PAST_IDEAL",
            "2, -, -, 2026-11-16, 7, ON_TRACK",
            "1, 2026-11-23, -, 2026-01-01, 0, ON_TRACK"
    })
    void marksTheGapAgainstTheCadence(Integer weeks, LocalDate last, LocalDate met, LocalDate added, long quiet,
                                      KeepInTouch expected) {
        ContactSummary contact = new ContactSummary(1, "Ada", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(),
                "", last, weeks, met, added, false);
        assertThat(KeepInTouch.quietDays(contact, TODAY)).isEqualTo(quiet);
        assertThat(KeepInTouch.of(contact, TODAY)).isEqualTo(expected);
    }
}
