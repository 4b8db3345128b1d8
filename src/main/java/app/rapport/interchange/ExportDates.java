package app.rapport.interchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ways LinkedIn and Google write a day in their exports: "12 Mar 2024", "1/8/18, 6:14 PM" (US month first),
 * ISO "2024-03-12", with or without a time of day, which is dropped; and the ways a spreadsheet writes them back
 * when the file is saved again: "6-Feb-26", "06-Feb-2026", "2/6/2026". Strict, so "31 Feb 2024" is not a date.
 */
final class ExportDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("uuuu-MM-dd"),
            formatter("d MMM uuuu"),
            formatter("d MMMM uuuu"),
            formatter("M/d/uu, h:mm a"),
            formatter("M/d/uuuu, h:mm a"),
            formatter("M/d/uu"),
            formatter("M/d/uuuu"),
            // A file opened and saved again in a spreadsheet: "6-Feb-26", "06-Feb-2026".
            formatter("d-MMM-uu"),
            formatter("d-MMM-uuuu"));

    private static final Pattern ISO_WITH_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
    // Newer CLDR data puts a narrow no-break space before AM/PM; spreadsheets put no-break spaces anywhere.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private ExportDates() {
    }

    /** The day, or empty when the text is blank or not a date in any of these forms. */
    static Optional<LocalDate> parse(String text) {
        String normalized = SPACES.matcher(text).replaceAll(" ").strip();
        if (ISO_WITH_TIME.matcher(normalized).matches()) {
            normalized = normalized.substring(0, 10);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.from(format.parse(normalized)));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
