package app.rapport.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export (RFC 4180) as a stream of rows below its header row, wherever that row is among the first
 * lines: LinkedIn puts a "Notes:" preamble of varying length above it, older exports none. Only one record is in
 * memory at a time. A bad row is the handler's to reject; a file that cannot be read throws, naming the line.
 */
final class CsvTable {

    static final int HEADER_SEARCH_LINES = 50;
    /** Far beyond any real row (the longest field Rapport keeps is 100,000 characters), yet safe for the heap. */
    static final long MAX_RECORD_CHARS = 64_000_000;

    // Empty lines are records too, so the parser's line count stays the file's; blank rows are dropped below.
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @FunctionalInterface
    interface RowHandler {
        void accept(CsvRow row) throws RowRejected;
    }

    private final String fileName;
    private final CSVParser parser;
    private final RecordSizeGuard guard;
    private final Iterator<CSVRecord> records;
    private int line;

    private CsvTable(String fileName, CSVParser parser, RecordSizeGuard guard) {
        this.fileName = fileName;
        this.parser = parser;
        this.guard = guard;
        this.records = parser.iterator();
    }

    static void read(Path file, HeaderSignature signature, RowIssues issues, RowHandler handler)
            throws ImportException {
        read(file, signature, issues, handler, MAX_RECORD_CHARS);
    }

    static void read(Path file, HeaderSignature signature, RowIssues issues, RowHandler handler, long maxRecordChars)
            throws ImportException {
        String fileName = ImportException.nameOf(file);
        try (InputStream in = Files.newInputStream(file);
             RecordSizeGuard guard = new RecordSizeGuard(new StrictTextReader(in), maxRecordChars);
             CSVParser parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get()) {
            new CsvTable(fileName, parser, guard).readRows(signature, issues, handler);
        } catch (NoSuchFileException e) {
            throw new ImportException(fileName, 0, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new ImportException(fileName, 0, "the file cannot be opened (no permission to read it)");
        } catch (IOException e) {
            throw new ImportException(fileName, 0, "the file could not be read: " + e.getMessage());
        }
    }

    private void readRows(HeaderSignature signature, RowIssues issues, RowHandler handler) throws ImportException {
        Header header = findHeader(signature);
        for (CSVRecord record = next(); record != null; record = next()) {
            if (isBlank(record)) {
                continue;
            }
            CsvRow row = new CsvRow(record, header, line);
            try {
                handler.accept(row);
                row.warnings().forEach(warning -> issues.warn(row.line(), warning));
            } catch (RowRejected e) {
                issues.skip(row.line(), e.getMessage());
            }
        }
    }

    private Header findHeader(HeaderSignature signature) throws ImportException {
        int lastLine = 0;
        CSVRecord record = next();
        while (record != null && line <= HEADER_SEARCH_LINES) {
            lastLine = line;
            Header candidate = new Header(record.toList());
            if (signature.matches(candidate)) {
                return candidate;
            }
            record = next();
        }
        if (lastLine == 0) {
            throw new ImportException(fileName, 0, "the file is empty");
        }
        throw new ImportException(fileName, record == null ? lastLine : HEADER_SEARCH_LINES, "the header row ("
                + signature.shownAs() + ") was not found in the first " + HEADER_SEARCH_LINES + " lines");
    }

    /** The next record, with {@link #line} set to the line it starts on; null at the end of the file. */
    private CSVRecord next() throws ImportException {
        line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
        guard.startRecord(line);
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw problem(e.getCause());
        }
    }

    private ImportException problem(IOException cause) {
        if (cause instanceof UnreadableInputException unreadable) {
            return new ImportException(fileName, unreadable.line(), unreadable.getMessage());
        }
        if (cause instanceof CSVException && String.valueOf(cause.getMessage()).contains("EOF reached")) {
            return new ImportException(fileName, line, "a quoted value in the row that starts here is never closed; "
                    + "the file may be cut off");
        }
        if (cause instanceof CSVException) {
            int here = Math.toIntExact(parser.getCurrentLineNumber());
            if (here == line) {
                return new ImportException(fileName, here, "a quoted value is followed by more text before the "
                        + "next comma (a quote inside a quoted value must be doubled: \"\")");
            }
            // The quote that ends here most likely opened a value that was never closed higher up.
            return new ImportException(fileName, here, "a quoted value that opens in the row starting on line "
                    + line + " ends here, followed by more text before the next comma: a quote on line " + line
                    + " is probably not closed, or not doubled (\"\")");
        }
        return new ImportException(fileName, line, "the file could not be read: " + cause.getMessage());
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
