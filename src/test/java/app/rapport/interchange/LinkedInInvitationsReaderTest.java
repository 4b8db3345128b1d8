package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.LinkState;

/** Invitations.csv: the open requests, each turned to the user's side of it. */
class LinkedInInvitationsReaderTest {

    private final LinkedInInvitationsReader reader = new LinkedInInvitationsReader();

    @Test
    void incomingIsARequestReceivedFromTheSenderOutgoingOneSentToTheAddressee() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("Invitations.csv"));

        assertThat(batch.format()).isEqualTo(ImportFormat.LINKEDIN_INVITATIONS);
        assertThat(batch.contacts()).isEmpty();
        assertThat(batch.requests()).containsExactly(
                new ImportedRequest(2, "Priya Patel", "https://www.linkedin.com/in/priya-patel",
                        LinkState.REQUEST_RECEIVED, LocalDate.of(2024, 3, 14),
                        "Hi Sam, we met at the \"Data Days\" meetup – let's stay in touch!"),
                new ImportedRequest(3, "Jonas Weber", "https://www.linkedin.com/in/jonasweber/",
                        LinkState.REQUEST_SENT, LocalDate.of(2024, 2, 29), ""),
                new ImportedRequest(5, "이민준", "https://www.linkedin.com/in/minjun-lee",
                        LinkState.REQUEST_SENT, null, ""));
    }

    @Test
    void rowsWithoutANameOrWithAnotherDirectionAreSkippedAndAnUnreadableDateIsWarnedAbout() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("Invitations.csv"));

        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly(
                "line 4: no name",
                "line 6: Direction is \"WITHDRAWN\", not INCOMING or OUTGOING");
        assertThat(batch.warnings()).extracting(RowIssue::message).containsExactly(
                "line 5: Sent At \"last Tuesday\" is not a date; imported without it");
    }

    @Test
    void aRequestIsMatchedToAContactByProfileUrlWhenBothHaveOneOtherwiseByName() throws ImportException {
        ImportedRequest jonas = reader.read(Fixtures.file("Invitations.csv")).requests().get(1);

        assertThat(jonas.isFor("Jonas W.", "http://linkedin.com/in/JonasWeber?trk=public_profile")).isTrue();
        assertThat(jonas.isFor("Jonas Weber", "https://www.linkedin.com/in/another-jonas-weber")).isFalse();
        assertThat(jonas.isFor("  jonas   WEBER ", "")).isTrue();
        assertThat(jonas.isFor("Jonas Weberling", "")).isFalse();
    }

    @Test
    void readsOlderExportsWithoutProfileUrls(@TempDir Path dir) throws IOException, ImportException {
        Path file = dir.resolve("Invitations.csv");
        Files.writeString(file, "\uFEFFFrom,To,Sent At,Message,Direction\r\n"
                + "Sam Example,Ola Nordmann,\"10/3/22, 11:20 AM\",,OUTGOING\r\n", StandardCharsets.UTF_8);

        ImportBatch batch = reader.read(file);

        assertThat(batch.requests()).containsExactly(new ImportedRequest(2, "Ola Nordmann", "",
                LinkState.REQUEST_SENT, LocalDate.of(2022, 10, 3), ""));
    }
}
