package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.KeepInTouch;
import app.rapport.domain.Relationship;

/** "Quiet for" says what it counts from: the last interaction, else the day met, else the day added. */
class QuietForTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "last {0}, met {1}, added {2}, cadence {3}: {4}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            2026-11-11 | 2026-01-01 | 2025-01-01 | -  | 12 days                          | 12 days since your last interaction, on
            -          | 2026-10-01 | 2025-01-01 | -  | 53 days since met                | 53 days since you met, on
            -          | -          | 2026-11-22 | -  | 1 day since added                | 1 day since you added them, on
            -          | -          | 2026-11-23 | -  | 0 days since added               | 0 days since you added them, on
            -          | 2026-10-01 | 2025-01-01 | 6  | 53 days since met · catch up     | 53 days since you met, on
            2026-10-01 | -          | 2025-01-01 | 3  | 53 days · long overdue           | 53 days since your last interaction, on
            """)
    void saysHowLongAndSinceWhat(LocalDate last, LocalDate met, LocalDate added, Integer weeks, String text,
                                 String sentence) {
        ContactSummary contact = new ContactSummary(1, "Ada Lovelace", "", "", Category.PERSONAL,
                Relationship.FRIEND, List.of(), "", last, weeks, met, added, false);

        QuietFor quiet = QuietFor.of(contact, TODAY);

        assertThat(quiet.days()).isEqualTo(KeepInTouch.quietDays(contact, TODAY));
        assertThat(quiet.text()).isEqualTo(text);
        assertThat(quiet.sentence()).startsWith(sentence);
        if (quiet.mark() == KeepInTouch.PAST_IDEAL) {
            assertThat(quiet.sentence()).endsWith("Time to catch up: you wanted to talk every 6 weeks.");
        }
        if (quiet.mark() == KeepInTouch.PAST_MAXIMUM) {
            assertThat(quiet.sentence()).contains("Long overdue");
        }
    }
}
