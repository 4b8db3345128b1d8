package app.rapport.interchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;

/** The CSV export of PRODUCT.md's Interchange: RFC 4180, and safe to open in a spreadsheet. */
class ContactsCsvWriterTest {

    static final Contact ADA = Contact.builder().id(1L).displayName("Ada Lovelace").givenName("Ada")
            .familyName("Lovelace").organization("Analytical Engines, Ltd.").role("Engineer \"No. 1\"")
            .category(Category.PROFESSIONAL).relationship(Relationship.NETWORKING_CONTACT)
            .emails(List.of("ada@example.com", "ada@engines.example")).phones(List.of("020 7946 0018"))
            .tags(List.of("conference-2026", "maths")).notes("First line\nsecond line, with a comma")
            .howWeMet("Met at the meetup").metOn(LocalDate.of(2026, 10, 1)).addedOn(LocalDate.of(2026, 10, 1))
            .build();

    @Test
    void writesAHeaderAndOneRecordPerContactAsRfc4180() throws IOException {
        String text = write(List.of(new ContactRow(ADA, LocalDate.of(2026, 11, 5))));

        assertThat(text).startsWith("\uFEFFname,given,family,organization,role,category,relationship,emails,phones,"
                + "tags,last interaction,how we met,met on,notes\r\n");
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).toList()).containsExactly("Ada Lovelace", "Ada", "Lovelace",
                "Analytical Engines, Ltd.", "Engineer \"No. 1\"", "Professional", "Networking contact",
                "ada@example.com; ada@engines.example", "020 7946 0018", "conference-2026; maths", "2026-11-05",
                "Met at the meetup", "2026-10-01", "First line\nsecond line, with a comma");
    }

    @Test
    void emptyValuesAreEmptyCells() throws IOException {
        Contact bare = Contact.named("Cher", LocalDate.of(2026, 1, 1));

        List<CSVRecord> records = parse(write(List.of(new ContactRow(bare, null))));

        assertThat(records.get(1).toList()).containsExactly("Cher", "", "", "", "", "Undecided", "Other", "", "",
                "", "", "", "", "");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetAQuoteInFront() throws IOException {
        Contact attacker = Contact.builder().id(2L).displayName("=HYPERLINK(\"https://evil.example\",\"Click\")")
                .givenName("@SUM(A1:A9)").familyName("-2+3").organization("+cmd|' /C calc'!A0")
                .role("Chief Everything").phones(List.of("+1-202-555-0143")).tags(List.of("=1+1", "safe"))
                .notes("=notes").howWeMet("@meetup").addedOn(LocalDate.of(2026, 1, 1)).build();

        List<CSVRecord> records = parse(write(List.of(new ContactRow(attacker, null))));

        CSVRecord row = records.get(1);
        assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(row.get("given")).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get("family")).isEqualTo("'-2+3");
        assertThat(row.get("organization")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get("role")).isEqualTo("Chief Everything");
        assertThat(row.get("phones")).as("a plus with a hyphen could compute").isEqualTo("'+1-202-555-0143");
        assertThat(row.get("tags")).isEqualTo("'=1+1; safe");
        assertThat(row.get("notes")).isEqualTo("'=notes");
        assertThat(row.get("how we met")).isEqualTo("'@meetup");
    }

    @Test
    void anInternationalPhoneNumberIsNoFormulaAndStaysAsItIs() throws IOException {
        Contact berlin = Contact.builder().id(3L).displayName("Jürgen Müller")
                .phones(List.of("+49 30 1234567", "+49 170 1234567")).addedOn(LocalDate.of(2026, 1, 1)).build();

        CSVRecord row = parse(write(List.of(new ContactRow(berlin, null)))).get(1);

        assertThat(row.get("phones")).isEqualTo("+49 30 1234567; +49 170 1234567");
        assertThat(SpreadsheetCell.neutralized("+49 30 1234567")).isEqualTo("+49 30 1234567");
        assertThat(SpreadsheetCell.neutralized("+49 30 1234567+A1")).isEqualTo("'+49 30 1234567+A1");
        assertThat(SpreadsheetCell.neutralized("+")).isEqualTo("'+");
    }

    @Test
    void aTabOrCarriageReturnInFrontIsNeutralizedToo() {
        assertThat(SpreadsheetCell.neutralized("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCell.neutralized("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetCell.neutralized("plain")).isEqualTo("plain");
        assertThat(SpreadsheetCell.neutralized("")).isEmpty();
    }

    static String write(List<ContactRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactsCsvWriter.write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The records after the byte order mark, the header row first, each cell reachable by its column name. */
    static List<CSVRecord> parse(String text) throws IOException {
        CSVFormat named = CSVFormat.RFC4180.builder().setHeader(ContactsCsvWriter.HEADER.toArray(String[]::new)).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1))).setFormat(named)
                .get()) {
            return parser.getRecords();
        }
    }
}
