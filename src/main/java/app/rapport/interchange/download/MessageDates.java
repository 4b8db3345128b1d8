package app.rapport.interchange.download;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The local day of a LinkedIn message's DATE, {@code 2024-03-05 14:22:11 UTC}. The time and zone are read
 * apart and each zone name is looked up once: the formatter's general parse was a fifth of reading a
 * 200,000-row messages.csv. Anything else goes through the formatter, which says what is wrong with it.
 */
final class MessageDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private static final String SEPARATORS = "0000-00-00 00:00:00";
    private static final int DATE_TIME_LENGTH = SEPARATORS.length();

    private final ZoneId zone;
    private final Map<String, ZoneId> zonesByName = new HashMap<>();

    MessageDates(ZoneId zone) {
        this.zone = zone;
    }

    /** @throws DateTimeParseException when the text is not such a date */
    LocalDate day(String text) {
        if (text.length() > DATE_TIME_LENGTH + 1 && text.charAt(DATE_TIME_LENGTH) == ' ') {
            ZoneId from = zonesByName.computeIfAbsent(text.substring(DATE_TIME_LENGTH + 1), this::zoneNamed);
            LocalDateTime local = from == null ? null : dateTime(text);
            if (local != null) {
                return local.atZone(from).withZoneSameInstant(zone).toLocalDate();
            }
        }
        return ZonedDateTime.parse(text, FORMAT).withZoneSameInstant(zone).toLocalDate();
    }

    /** The date and time in {@code yyyy-MM-dd HH:mm:ss} at the start of the text, or null when not just that. */
    private static LocalDateTime dateTime(String text) {
        for (int i = 0; i < DATE_TIME_LENGTH; i++) {
            char c = text.charAt(i);
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
            if (separator ? c != SEPARATORS.charAt(i) : c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                    number(text, 14, 16), number(text, 17, 19));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** The zone the formatter reads from this name, or null when it reads none. */
    private ZoneId zoneNamed(String name) {
        try {
            return ZonedDateTime.parse("2000-01-01 00:00:00 " + name, FORMAT).getZone();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
