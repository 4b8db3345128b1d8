package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format of a file is found from its content, whatever it is called. */
class FormatDetectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "linkedin-2024/Connections.csv, LINKEDIN_CONNECTIONS",
            "linkedin-2018/Connections.csv, LINKEDIN_CONNECTIONS",
            "Invitations.csv,               LINKEDIN_INVITATIONS",
            "google-2024/contacts.csv,      GOOGLE_CONTACTS",
            "google-legacy/google.csv,      GOOGLE_CONTACTS"})
    void recognisesEachExport(String fixture, ImportFormat expected) throws IOException {
        assertThat(FormatDetector.detect(Fixtures.file(fixture))).isEqualTo(expected);
    }

    @Test
    void aRenamedFileIsStillRecognised() throws IOException {
        Path renamed = dir.resolve("my-network.txt");
        Files.copy(Fixtures.file("linkedin-2024/Connections.csv"), renamed);

        assertThat(FormatDetector.detect(renamed)).isEqualTo(ImportFormat.LINKEDIN_CONNECTIONS);
    }

    @Test
    void googlesOutlookCsvExportIsToldApartSoTheUserCanBeToldWhichExportToChoose() throws IOException {
        // The header Google Contacts writes for "Outlook CSV" (shortened: it goes on with more Outlook columns).
        assertThat(detect("First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
                + "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
                + "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,"
                + "Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,"
                + "Department,Company,Office Location,Manager's Name,Assistant's Name,Birthday,Notes,Categories\r\n"
                + "Ada,,Lovelace,,,,,,ada@example.com,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"))
                .isEqualTo(ImportFormat.OUTLOOK_CSV);
    }

    @Test
    void aVCardStartsWithBeginVCard() throws IOException {
        assertThat(detect("\uFEFF\r\nbegin:vcard\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"))
                .isEqualTo(ImportFormat.VCARD);
    }

    @Test
    void anArchiveIsJsonThatSaysSo() throws IOException {
        assertThat(detect("{\n  \"format\": \"rapport-archive\",\n  \"version\": 1,\n  \"contacts\": []\n}\n"))
                .isEqualTo(ImportFormat.RAPPORT_ARCHIVE);
        assertThat(detect("{\"format\": \"something-else\"}")).isEqualTo(ImportFormat.UNKNOWN);
    }

    @Test
    void anythingElseIsUnknown() throws IOException {
        assertThat(detect("")).isEqualTo(ImportFormat.UNKNOWN);
        assertThat(detect("Name,Phone\r\nAda,123\r\n")).isEqualTo(ImportFormat.UNKNOWN);
        assertThat(detect("\"an unclosed quote,\r\nFirst Name,Last Name,Connected On\r\n"))
                .isEqualTo(ImportFormat.UNKNOWN);

        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);
        Path binary = dir.resolve("garbage.csv");
        Files.write(binary, garbage);
        assertThat(FormatDetector.detect(binary)).isEqualTo(ImportFormat.UNKNOWN);
    }

    @Test
    void aHeaderBeyondTheFirstFiftyLinesIsNotLookedFor() throws IOException {
        String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

        assertThat(detect("Notes:\r\n".repeat(49) + header)).isEqualTo(ImportFormat.LINKEDIN_CONNECTIONS);
        assertThat(detect("Notes:\r\n".repeat(50) + header)).isEqualTo(ImportFormat.UNKNOWN);
    }

    private ImportFormat detect(String content) throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return FormatDetector.detect(file);
    }
}
