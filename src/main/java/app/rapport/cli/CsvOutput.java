package app.rapport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as RFC 4180 CSV (commas, CRLF, quotes where needed) with a header row.
 *
 * <p>A spreadsheet runs a cell that starts with = + - or @ as a formula, and some do after a tab or a carriage
 * return too. Names and titles come from other people (a LinkedIn headline, an imported file), so such a cell
 * gets a single quote in front, as OWASP advises against CSV injection: spreadsheets show the text as typed.
 */
final class CsvOutput {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvOutput() {
    }

    static void write(Report report, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(report.header());
            for (List<String> row : report.rows()) {
                printer.printRecord(row.stream().map(CsvOutput::neutralized));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralized(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
