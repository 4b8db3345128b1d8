package app.rapport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.rapport.interchange.csv.SpreadsheetCell;

/**
 * A report as RFC 4180 CSV (commas, CRLF, quotes where needed) with a header row; cells a spreadsheet would run
 * as a formula are neutralized ({@link SpreadsheetCell}).
 */
final class CsvOutput {


    private CsvOutput() {
    }

    static void write(Report report, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(report.header());
            for (List<String> row : report.rows()) {
                printer.printRecord(row.stream().map(SpreadsheetCell::neutralized));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
