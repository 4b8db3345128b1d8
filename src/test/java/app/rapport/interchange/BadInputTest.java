package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.ContactRules;

/**
 * Files that are broken, foreign or huge: each is refused whole with a message naming the file and the line, or
 * read with the bad rows listed; never a half-read file, a hang or an exhausted heap.
 */
class BadInputTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    private static final String ADA = "Ada,Lovelace,https://www.linkedin.com/in/ada,,\"Acme, Inc.\",Engineer,12 Mar 2024\r\n";

    private final LinkedInConnectionsReader connections = new LinkedInConnectionsReader();

    @TempDir
    Path dir;

    @Test
    void aFileCutOffInsideAQuotedValueIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.file("linkedin-2024/Connections.csv"));
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("\"Director, Software");
        Path file = write("Connections.csv", text.substring(0, cut + 10).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections.read(file)).isInstanceOf(ImportException.class).hasMessage(
                "Connections.csv, line 13: a quoted value in the row that starts here is never closed; "
                        + "the file may be cut off");
    }

    @Test
    void aFileCutOffInsideACharacterIsRefused() throws IOException {
        byte[] bytes = (HEADER + ADA + "Zoë").getBytes(StandardCharsets.UTF_8);
        Path file = write("Connections.csv", Arrays.copyOf(bytes, bytes.length - 1));

        assertThatThrownBy(() -> connections.read(file)).hasMessageStartingWith(
                "Connections.csv, line 3: this is not UTF-8 text (byte 0xC3 cannot be read as UTF-8");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAtTheLineOfTheFirstForeignByte() throws IOException {
        String text = HEADER + ADA + ADA + "Zoë,Brontë,,,,,12 Mar 2024\r\n";
        Path file = write("Connections.csv", text.getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(() -> connections.read(file)).isInstanceOf(ImportException.class).hasMessage(
                "Connections.csv, line 4: this is not UTF-8 text (byte 0xEB cannot be read as UTF-8; the file may "
                        + "be in another encoding such as Windows-1252, or cut off): save it as UTF-8 and import it "
                        + "again");
    }

    @Test
    void aCutOffUtf16FileIsRefused() throws IOException {
        byte[] utf16 = Files.readAllBytes(Fixtures.file("google-legacy/google.csv"));
        Path file = write("google.csv", Arrays.copyOf(utf16, utf16.length - 1));

        assertThatThrownBy(() -> new GoogleContactsReader().read(file)).hasMessageStartingWith(
                "google.csv, line 6: this is not valid UTF-16LE text");
    }

    @Test
    void binaryGarbageIsRefusedOnItsFirstLine() throws IOException {
        byte[] garbage = new byte[1_000_000];
        new Random(42).nextBytes(garbage);
        Path file = write("Connections.csv", garbage);

        assertThatThrownBy(() -> connections.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Connections.csv, line 1: this is not UTF-8 text");
    }

    @Test
    void aZipPickedByMistakeIsRefusedAsBinary() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'C', 'o', 'n', 'n'};
        Path file = write("Basic_LinkedInDataExport.zip", zip);

        assertThatThrownBy(() -> connections.read(file)).hasMessageStartingWith(
                "Basic_LinkedInDataExport.zip, line 1: this is binary data, not a text file");
    }

    @Test
    void aFileWithoutTheHeaderRowSaysWhichHeaderWasExpected() throws IOException {
        Path shortFile = write("Connections.csv", "Name,Phone\r\nAda,123\r\nGrace,456\r\n".getBytes(StandardCharsets.UTF_8));
        Path longPreamble = write("Long.csv", ("Notes:\r\n".repeat(60) + HEADER + ADA).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections.read(shortFile)).isInstanceOf(ImportException.class).hasMessage(
                "Connections.csv, line 3: the header row (First Name, Last Name, URL, Email Address, Company, "
                        + "Position, Connected On) was not found in the first 50 lines");
        assertThatThrownBy(() -> connections.read(longPreamble)).hasMessageStartingWith(
                "Long.csv, line 50: the header row (First Name,");
    }

    @Test
    void anEmptyOrMissingFileIsRefusedAsAWhole() throws IOException {
        Path empty = write("Connections.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertThatThrownBy(() -> connections.read(empty)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Connections.csv: the file is empty");
            assertThat(e.line()).isZero();
        });
        assertThatThrownBy(() -> connections.read(dir.resolve("Gone.csv")))
                .hasMessage("Gone.csv: the file does not exist");
    }

    @Test
    void aQuotedValueFollowedByMoreTextIsRefusedAtItsLine() throws IOException {
        Path file = write("Connections.csv", (HEADER + ADA + "Grace,Hopper,,,\"Acme\" Inc,,\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections.read(file)).hasMessageStartingWith(
                "Connections.csv, line 3: a quoted value is followed by more text before the next comma");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteFieldSkipsItsRowNamingTheFieldAndItsLength() throws IOException, ImportException {
        Path file = dir.resolve("Connections.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write(ADA);
            out.write("Grace,Hopper,,,,\"");
            char[] chunk = new char[1 << 20];
            Arrays.fill(chunk, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\",12 Mar 2024\r\n");
            out.write(ADA);
        }

        ImportBatch batch = connections.read(file);

        assertThat(batch.contacts()).extracting(ImportedContact::line).containsExactly(2, 4);
        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly(
                "line 3: Position is 52,428,800 characters long; Rapport keeps at most 200");
    }

    @Test
    void aNoteLongerThanTheDomainAllowsSkipsTheRowUncut() throws IOException, ImportException {
        String header = "Name,Given Name,Family Name,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value\r\n";
        String tooLong = "n".repeat(ContactRules.NOTES_MAX + 1);
        Path file = write("google.csv", (header + "Ada Lovelace,Ada,Lovelace,\"" + tooLong + "\",,,\r\n"
                + "Grace Hopper,Grace,Hopper,\"" + "n".repeat(ContactRules.NOTES_MAX) + "\",,,\r\n")
                .getBytes(StandardCharsets.UTF_8));

        ImportBatch batch = new GoogleContactsReader().read(file);

        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly(
                "line 2: Notes is 100,001 characters long; Rapport keeps at most 100,000");
        assertThat(batch.contacts()).singleElement()
                .satisfies(grace -> assertThat(grace.contact().notes()).hasSize(ContactRules.NOTES_MAX));
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereTheNextQuoteTripsOverIt() throws IOException {
        Path file = write("Connections.csv", (HEADER + "Grace,Hopper,,,\"Acme, Inc.,Engineer,12 Mar 2024\r\n" + ADA)
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections.read(file)).hasMessage("Connections.csv, line 3: a quoted value that "
                + "opens in the row starting on line 2 ends here, followed by more text before the next comma: a "
                + "quote on line 2 is probably not closed, or not doubled (\"\")");
    }

    @Test
    void aQuoteNeverClosedInAHugeFileIsRefusedBeforeTheHeapFillsUp() throws IOException {
        Path file = dir.resolve("Connections.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write(ADA);
            out.write("Grace,Hopper,,,\"Acme, Inc.,Engineer,12 Mar 2024\r\n");
            for (int i = 0; i < 10_000; i++) {
                out.write("Ada,Lovelace,,,Acme Inc,Engineer,12 Mar 2024\r\n");
            }
        }

        assertThatThrownBy(() -> CsvTable.read(file, LinkedInConnectionsReader.HEADER, new RowIssues(), row -> {
        }, 100_000)).hasMessage("Connections.csv, line 3: the row that starts here is longer than 100,000 "
                + "characters; a quote is probably never closed, or this is not a contacts export");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void twoHundredThousandRowsAreReadInAFewSeconds() throws IOException, ImportException {
        Path file = dir.resolve("Connections.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFNotes:\r\n\"When exporting your connection data, you may notice...\"\r\n\r\n");
            out.write(HEADER);
            for (int i = 0; i < 200_000; i++) {
                out.write(i % 1000 == 999 ? ",,,,,,1 Jan 2020\r\n" : "Person,Number " + i
                        + ",https://www.linkedin.com/in/p" + i + ",p" + i + "@example.com,\"Company " + (i % 97)
                        + ", Inc.\",Engineer,12 Mar 2024\r\n");
            }
        }

        ImportBatch batch = connections.read(file);

        assertThat(batch.contacts()).hasSize(199_800);
        assertThat(batch.skipped()).hasSize(200);
        assertThat(batch.skipped().getFirst().message()).isEqualTo("line 1004: no name");
        ImportedContact last = batch.contacts().getLast();
        assertThat(last.line()).isEqualTo(200_003);
        assertThat(last.contact().displayName()).isEqualTo("Person Number 199998");
        assertThat(last.contact().organization()).isEqualTo("Company " + (199_998 % 97) + ", Inc.");
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
