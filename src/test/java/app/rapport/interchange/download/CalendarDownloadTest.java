package app.rapport.interchange.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.interchange.ImportException;

class CalendarDownloadTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path temp;

    private static String meetings(ZoneId zone, String file) throws ImportException {
        Download download = new DownloadReader(zone, NOW)
                .read(List.of(DownloadFixtures.folder("calendars").resolve(file)));
        return String.join("\n", download.meetings().stream()
                .map(meeting -> meeting.day() + " " + meeting.kind() + " " + meeting.uid() + " "
                        + meeting.attendees().stream().sorted().toList())
                .sorted().toList());
    }

    @Test
    void googlePastOccurrencesWithExceptionsOverridesAllDayDeclinedCancelledAndFutureEvents() throws Exception {
        assertThat(meetings(ZoneId.of("America/New_York"), "google.ics")).isEqualTo("""
                2024-01-08 IN_PERSON weekly-coffee@google.com [ada@example.com, olivia@example.com]
                2024-01-24 IN_PERSON weekly-coffee@google.com [ada@example.com, olivia@example.com]
                2024-01-29 IN_PERSON weekly-coffee@google.com [ada@example.com, olivia@example.com]
                2024-02-05 IN_PERSON weekly-coffee@google.com [ada@example.com, olivia@example.com]
                2024-02-14 IN_PERSON all-day@google.com [ada@example.com, olivia@example.com]
                2024-03-01 IN_PERSON late-dinner@google.com [grace@example.com, olivia@example.com]
                2024-03-05 VIDEO_CALL video@google.com [alan@example.com, olivia@example.com]
                2024-04-20 EVENT meetup@google.com [ada@example.com, olivia@example.com, p1@example.com, \
                p2@example.com, p3@example.com, p4@example.com, p5@example.com, p6@example.com, p7@example.com, \
                p8@example.com]""");
    }

    @Test
    void aTimeInATzidBecomesTheUsersLocalDate() throws Exception {
        assertThat(meetings(ZoneId.of("Europe/Paris"), "google.ics"))
                .contains("2024-03-02 IN_PERSON late-dinner@google.com")
                .contains("2024-02-14 IN_PERSON all-day@google.com");
    }

    @Test
    void outlookWindowsZoneNamesAndTeamsLinks() throws Exception {
        assertThat(meetings(ZoneId.of("UTC"), "outlook.ics")).isEqualTo(
                "2024-05-05 VIDEO_CALL 040000008200E00074C5B7101A82E00800000000 "
                        + "[grace@example.com, olivia@work.example]");
    }

    @Test
    void appleMonthlyRuleWithAnExceptionDate() throws Exception {
        assertThat(meetings(ZoneId.of("Europe/Berlin"), "apple.ics")).isEqualTo("""
                2024-01-15 VIDEO_CALL B1C2D3E4-APPLE [alan@example.com, olivia@icloud.com]
                2024-02-15 VIDEO_CALL B1C2D3E4-APPLE [alan@example.com, olivia@icloud.com]
                2024-04-15 VIDEO_CALL B1C2D3E4-APPLE [alan@example.com, olivia@icloud.com]
                2024-05-15 VIDEO_CALL B1C2D3E4-APPLE [alan@example.com, olivia@icloud.com]""");
    }

    @Test
    void theTitleDescriptionAndLocationAreNotKept() throws Exception {
        Download download = new DownloadReader(ZoneId.of("UTC"), NOW)
                .read(List.of(DownloadFixtures.folder("calendars")));

        assertThat(download.toString()).doesNotContain("SECRET", "Café", "divorce", "meet.google");
    }

    @Test
    void aBadDateNamesTheFileAndLine() {
        assertThatThrownBy(() -> new DownloadReader(ZoneId.of("UTC"), NOW)
                .read(List.of(DownloadFixtures.folder("bad-date.ics"))))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad-date.ics: event 1 (UID bad@x) starts on a date that does not exist "
                        + "(2024-13-45T00:00:00).");
    }

    @Test
    void aZippedCalendarExportIsReadInPlace() throws Exception {
        Download download = new DownloadReader(ZoneId.of("UTC"), NOW)
                .read(List.of(DownloadFixtures.zip("calendars", temp)));

        assertThat(download.meetings()).hasSize(8 + 1 + 4);
        assertThat(download.files()).containsExactly("calendars.zip › apple.ics", "calendars.zip › google.ics",
                "calendars.zip › outlook.ics");
    }
}
