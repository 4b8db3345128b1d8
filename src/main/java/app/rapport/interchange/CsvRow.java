package app.rapport.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a CSV export, read by column name. Values come stripped; a column the file does not have, or
 * a row too short to reach it, reads as "". Warnings are held here and only kept if the row is.
 */
final class CsvRow {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern CARRIAGE_RETURNS = Pattern.compile("\\r\\n?");

    private final CSVRecord record;
    private final Header header;
    private final int line;
    private final List<String> warnings = new ArrayList<>();

    CsvRow(CSVRecord record, Header header, int line) {
        this.record = record;
        this.header = header;
        this.line = line;
    }

    int line() {
        return line;
    }

    Header header() {
        return header;
    }

    String get(String column) {
        int index = header.indexOf(column);
        return index >= 0 && index < record.size() ? record.get(index).strip() : "";
    }

    /**
     * The column's value on one line (a line break inside a quoted name or position becomes a space) if it fits
     * in {@code max} characters; a longer one rejects the row, never cut.
     */
    String text(String column, int max) throws RowRejected {
        return LINE_BREAKS.matcher(within(column, get(column), max)).replaceAll(" ");
    }

    /** Like {@link #text} for notes and messages, whose line breaks are kept, as "\n" whatever the file had. */
    String multiline(String column, int max) throws RowRejected {
        return CARRIAGE_RETURNS.matcher(within(column, get(column), max)).replaceAll("\n");
    }

    String within(String field, String value, int max) throws RowRejected {
        if (value.length() > max) {
            throw new RowRejected(String.format("%s is %,d characters long; Rapport keeps at most %,d",
                    field, value.length(), max));
        }
        return value;
    }

    /** The column's day, or null when it is empty or unreadable; an unreadable one is kept as a warning. */
    LocalDate date(String column) {
        String text = get(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> day = ExportDates.parse(text);
        if (day.isEmpty()) {
            warn(column + " \"" + shortened(text) + "\" is not a date; imported without it");
        }
        return day.orElse(null);
    }

    void warn(String reason) {
        warnings.add(reason);
    }

    List<String> warnings() {
        return warnings;
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
