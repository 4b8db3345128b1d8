package app.rapport.interchange.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.interchange.ImportException;

class LinkedInMessagesDownloadTest {

    private static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";

    @TempDir
    Path temp;

    private static Download read(ZoneId zone, Path... paths) throws ImportException {
        return new DownloadReader(zone, Instant.parse("2026-06-01T00:00:00Z")).read(List.of(paths));
    }

    private static String days(Download download) {
        return String.join("\n", download.messageDays().stream()
                .map(day -> day.day() + " " + day.partnerProfileUrl() + " " + day.partnerName())
                .sorted().toList());
    }

    @Test
    void oneDayPerPartnerWithTheOwnerFoundFromTheDataDraftsLeftOutGroupsIncluded() throws Exception {
        assertThat(days(read(ZoneId.of("UTC"), DownloadFixtures.folder("linkedin")))).isEqualTo("""
                2024-03-05 https://www.linkedin.com/in/ada-lovelace Ada Lovelace
                2024-03-07 https://www.linkedin.com/in/ada-lovelace Ada Lovelace
                2024-04-01 https://www.linkedin.com/in/alan-turing Alan Turing
                2024-04-01 https://www.linkedin.com/in/grace-hopper/ Grace Hopper
                2024-04-02 https://www.linkedin.com/in/alan-turing Alan Turing
                2024-04-02 https://www.linkedin.com/in/grace-hopper/ Grace Hopper
                2024-05-10 https://www.linkedin.com/in/rick-r Rick Recruiter""");
    }

    @Test
    void theDayIsTheUsersLocalDay() throws Exception {
        assertThat(days(read(ZoneId.of("Europe/Berlin"), DownloadFixtures.folder("linkedin"))))
                .contains("2024-05-11 https://www.linkedin.com/in/rick-r");
    }

    @Test
    void noTextOfAMessageIsKept() throws Exception {
        Download download = read(ZoneId.of("UTC"), DownloadFixtures.folder("linkedin"));

        assertThat(download.toString()).doesNotContain("SECRET", "Lunch", "exciting", "Opportunity");
    }

    @Test
    void whenOnlyTwoPeopleEverWroteProfileCsvTellsWhoTheOwnerIs() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Basic_LinkedInDataExport_03-05-2024"));
        Files.writeString(folder.resolve("messages.csv"), HEADER
                + "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Olivia Owner,https://www.linkedin.com/in/olivia,"
                + "2024-03-05 14:22:11 UTC,,hi,INBOX\n");
        assertThatThrownBy(() -> read(ZoneId.of("UTC"), folder)).hasMessageContaining("add Profile.csv");

        Files.copy(DownloadFixtures.folder("linkedin").resolve("Profile.csv"), folder.resolve("Profile.csv"));
        assertThat(days(read(ZoneId.of("UTC"), folder))).isEqualTo("2024-03-05 https://www.linkedin.com/in/ada Ada Lovelace");
    }

    @Test
    void aBrokenQuoteNamesTheFileAndLine() {
        assertThatThrownBy(() -> read(ZoneId.of("UTC"), DownloadFixtures.folder("linkedin-broken-quote.csv")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("linkedin-broken-quote.csv, line ")
                .hasMessageContaining("quote");
    }

    @Test
    void aBadDateNamesItsLine() throws Exception {
        Path file = Files.writeString(temp.resolve("messages.csv"), HEADER
                + "c1,,Ada,https://www.linkedin.com/in/ada,Olivia,https://www.linkedin.com/in/olivia,"
                + "2024-03-05 14:22:11 UTC,,hi,INBOX\n"
                + "c2,,Olivia,https://www.linkedin.com/in/olivia,Bo,https://www.linkedin.com/in/bo,"
                + "5 March 2024,,hi,INBOX\n");

        assertThatThrownBy(() -> read(ZoneId.of("UTC"), file))
                .hasMessage("messages.csv, line 3: the date \"5 March 2024\" is not like 2024-03-05 14:22:11 UTC.");
    }

    @Test
    void fiftyMegabytesStreamInConstantMemory() throws Exception {
        Path file = temp.resolve("messages.csv");
        String content = "x".repeat(400);
        try (var out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int i = 0; i < 110_000; i++) {
                out.write("conv-" + (i % 500) + ",,Olivia,https://www.linkedin.com/in/olivia,Person " + (i % 500)
                        + ",https://www.linkedin.com/in/p" + (i % 500) + ",2024-03-05 14:22:11 UTC,,\"" + content
                        + "\",INBOX\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);

        Download download = read(ZoneId.of("UTC"), file);

        assertThat(download.messageDays()).hasSize(500);
    }
}
