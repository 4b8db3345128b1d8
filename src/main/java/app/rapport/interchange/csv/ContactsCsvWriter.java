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
 * <p>A spreadsheet runs a cell that starts with = + - or @ as a formula, and some also start one after a tab or
 * a carriage return; a contact's name or notes come from other people (a LinkedIn headline, a vCard), so such a
 * cell gets a single quote in front. Spreadsheets hide that quote and show the text as typed; other programs
 * see it, which is the price of never running someone else's formula (OWASP's advice for CSV injection). It
 * applies to phone numbers like "+44 20 ..." as well: they read "'+44 20 ..." outside a spreadsheet.
 *
 * <p>The file starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the ANSI code page and
 * garbles every accented name, and other spreadsheets accept it.
 */
public final class ContactsCsvWriter {

    static final List<String> HEADER = List.of("name", "given", "family", "organization", "role", "category",
            "relationship", "emails", "phones", "tags", "last interaction", "how we met", "met on", "notes");
    private static final String LIST_SEPARATOR = "; ";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ContactsCsvWriter() {
    }

    /** Writes the rows to {@code out} as UTF-8 and flushes it; the caller closes the stream. */
    public static void write(Iterable<ContactRow> rows, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (ContactRow row : rows) {
            printer.printRecord(cells(row).stream().map(ContactsCsvWriter::neutralized));
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

    static String neutralized(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
