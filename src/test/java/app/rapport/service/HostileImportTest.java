package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.interchange.ImportBatch;
import app.rapport.interchange.RowIssue;

/**
 * Files made to hurt, read the way the import wizard and the command line read them: each is refused with a
 * message naming the file, or read with the bad row left out, within seconds and without exhausting the heap.
 * The files are generated as the test runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileImportTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    ImportService.ReadFiles read(Path file) {
        return fixture.services.imports().read(List.of(file));
    }

    static void repeat(Writer out, char c, long times) throws IOException {
        char[] chunk = new char[1 << 20];
        Arrays.fill(chunk, c);
        for (long left = times; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    static ImportBatch onlyBatch(ImportService.ReadFiles read) {
        assertThat(read.problems()).isEmpty();
        assertThat(read.batches()).hasSize(1);
        return read.batches().getFirst();
    }

    @Test
    void anArchiveNestedTwoHundredThousandDeepIsRefusedAsInvalidJson() throws IOException {
        Path file = fixture.scratch().resolve("deep.rapport.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\":\"rapport-archive\",\"version\":1,\"contacts\":[{\"displayName\":\"Ada\",\"notes\":");
            repeat(out, '[', 200_000);
            repeat(out, ']', 200_000);
            out.write("}]}");
        }
        ImportService.ReadFiles read = read(file);

        assertThat(read.batches()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("deep.rapport.json: not valid JSON: ")
                .contains("nesting depth");
    }

    @Test
    void aSixtyMegabyteNoteInAVCardSkipsThatCardWithItsLength() throws IOException {
        Path file = fixture.scratch().resolve("note.vcf");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nNOTE:");
            repeat(out, 'n', 60L << 20);
            out.write("\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEND:VCARD\r\n");
        }
        ImportBatch batch = onlyBatch(read(file));

        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly(
                "line 1: Ada Lovelace: Notes can have at most 100,000 characters (it has 62,914,560).");
        assertThat(batch.contacts()).extracting(contact -> contact.contact().displayName())
                .containsExactly("Grace Hopper");
    }

    @Test
    void aFortyMegabyteLineInAGoogleCsvSkipsThatRowWithItsLength() throws IOException {
        Path file = fixture.scratch().resolve("google.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Name,Given Name,Family Name,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value\r\n");
            out.write("Ada Lovelace,Ada,Lovelace,");
            repeat(out, 'n', 40L << 20);
            out.write(",,,\r\nGrace Hopper,Grace,Hopper,,,,\r\n");
        }
        ImportBatch batch = onlyBatch(read(file));

        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly(
                "line 2: Notes is 41,943,040 characters long; Rapport keeps at most 100,000");
        assertThat(batch.contacts()).extracting(contact -> contact.contact().displayName())
                .containsExactly("Grace Hopper");
    }

    @Test
    void twoHundredThousandColumnsAreReadForTheColumnsRapportKnows() throws IOException {
        Path file = fixture.scratch().resolve("Connections.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On");
            for (int i = 0; i < 200_000; i++) {
                out.write(",Extra " + i);
            }
            out.write("\r\nAda,Lovelace,,,Acme,Engineer,12 Mar 2024");
            for (int i = 0; i < 200_000; i++) {
                out.write(",x");
            }
            out.write("\r\n");
        }
        ImportBatch batch = onlyBatch(read(file));

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.contacts()).extracting(contact -> contact.contact().displayName())
                .containsExactly("Ada Lovelace");
    }

    @Test
    void nulBytesMakeACsvOrVCardUnrecognisedAndAreKeptAsEscapedInAnArchive() throws IOException {
        Path csv = Files.write(fixture.scratch().resolve("Connections.csv"), ("First Name,Last Name,URL,Email Address,"
                + "Company,Position,Connected On\r\nAda\0,Love\0lace,,,Acme,Engineer,12 Mar 2024\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read(csv).problems()).containsExactly("Connections.csv: Rapport does not recognise this file. "
                + "It reads LinkedIn's Connections.csv and Invitations.csv, Google Contacts CSV, vCards (.vcf) and "
                + "Rapport archives.");
        Path vcf = Files.write(fixture.scratch().resolve("nul.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\0Lovelace\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(vcf).problems()).singleElement().asString().startsWith("nul.vcf: Rapport does not recognise");
        Path json = Files.write(fixture.scratch().resolve("nul.rapport.json"),
                "{\"format\":\"rapport-archive\",\"version\":1,\"contacts\":[{\"id\":\"c1\",\"displayName\":\"Ada\\u0000\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
        // JSON spells a NUL as an escape; the archive keeps what it was given, as it does any other character.
        assertThat(onlyBatch(read(json)).contacts()).singleElement()
                .satisfies(ada -> assertThat(ada.contact().displayName()).isEqualTo("Ada\u0000"));
    }

    @Test
    void aThirtyTwoMegabytePhotoIsLeftOutAndTheCardKept() throws IOException {
        Path file = fixture.scratch().resolve("photo.vcf");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
            repeat(out, 'A', 32L << 20);
            out.write("\r\nEND:VCARD\r\n");
        }
        ImportBatch batch = onlyBatch(read(file));

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.contacts()).extracting(contact -> contact.contact().displayName())
                .containsExactly("Ada Lovelace");
    }
}
