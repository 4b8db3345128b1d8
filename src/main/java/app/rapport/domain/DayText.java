package app.rapport.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way Rapport writes a day for a person, in reasons and follow-ups as on every screen: the user's
 * locale's medium form (Nov 7, 2026 · 7 Nov 2026 · 07.11.2026).
 */
public final class DayText {

    /** The formatter of the locale last asked for: building one per day written was most of the cost. */
    private static volatile Formatter last = new Formatter(Locale.ROOT,
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ROOT));

    private record Formatter(Locale locale, DateTimeFormatter format) {
    }

    private DayText() {
    }

    public static String of(LocalDate day) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Formatter formatter = last;
        if (!formatter.locale().equals(locale)) {
            formatter = new Formatter(locale, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
            last = formatter;
        }
        return formatter.format().format(day);
    }
}
