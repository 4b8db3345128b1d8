package app.rapport.interchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.rapport.domain.Contact;

/**
 * Writes contacts as CSV (RFC 4180: comma-separated, CRLF, quotes where needed) with a header row, for
 * spreadsheets. Lists (emails, phones, tags) share one cell, joined by "; ".
 *
 * <p>Cells that a spreadsheet would run as a formula are neutralized ({@link SpreadsheetCell}).
 *
 * <p>The file starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the ANSI code page and
 * garbles every accented name, and other spreadsheets accept it.
 */
public final class ContactsCsvWriter {

    static final List<String> HEADER = List.of("name", "given", "family", "organization", "role", "category",
            "relationship", "emails", "phones", "tags", "last interaction", "how we met", "met on", "notes");
    private static final String LIST_SEPARATOR = "; ";

    private ContactsCsvWriter() {
    }

    /** Writes the rows to {@code out} as UTF-8 and flushes it; the caller closes the stream. */
    public static void write(Iterable<ContactRow> rows, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (ContactRow row : rows) {
            printer.printRecord(cells(row).stream().map(SpreadsheetCell::neutralized));
        }
        printer.flush();
    }

    private static List<String> cells(ContactRow row) {
        Contact contact = row.contact();
        return List.of(contact.displayName(), contact.givenName(), contact.familyName(), contact.organization(),
                contact.role(), contact.category().label(), contact.relationship().label(),
                String.join(LIST_SEPARATOR, contact.emails()), String.join(LIST_SEPARATOR, contact.phones()),
                String.join(LIST_SEPARATOR, contact.tags()), date(row.lastInteraction()), contact.howWeMet(),
                date(contact.metOn()), contact.notes());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
