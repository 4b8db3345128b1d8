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

    private DayText() {
    }

    public static String of(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
    }
}
