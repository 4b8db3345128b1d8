package app.rapport.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * One way to show and read dates in every date field: shown in the user's locale's medium form (Nov 7, 2026;
 * 7 Nov 2026; 07.11.2026), read as ISO (2026-03-20) or as the locale's own short or medium form. A date that
 * cannot be read marks the field as an error with a message saying what to type, and keeps the text the user
 * typed, rather than dropping it or putting the old date back without a word.
 */
public final class DateFields {

    private DateFields() {
    }

    /** How every page shows a date. */
    public static DateTimeFormatter display(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The date this text means in {@code locale}, if it is one: ISO, or the locale's short or medium form. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : readable(locale)) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** What to type, with an example in each form this locale reads. */
    public static String hint(Locale locale) {
        LocalDate example = LocalDate.of(2026, 3, 20);
        return "Type a date such as " + example + " or " + shortForm(locale).format(example);
    }

    /** Makes a date picker show and read dates as every other date field does. */
    public static DatePicker install(DatePicker picker) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : display(locale).format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                boolean blank = text == null || text.isBlank();
                Optional<LocalDate> read = parse(text, locale);
                markError(picker, blank || read.isPresent() ? null
                        : "\u201c" + text.strip() + "\u201d is not a date. " + hint(locale) + ".");
                if (!blank && read.isEmpty()) {
                    // Keeps the unreadable text in the field, where the error points at it.
                    String typed = text;
                    javafx.application.Platform.runLater(() -> picker.getEditor().setText(typed));
                    return picker.getValue();
                }
                return read.orElse(null);
            }
        });
        picker.setPromptText(hint(locale).replaceFirst("^Type a date such as ", "e.g. "));
        return picker;
    }

    /** The message the picker shows for what was typed, or null when it was read. */
    public static String error(DatePicker picker) {
        return picker.getProperties().get(ERROR) instanceof String message ? message : null;
    }

    private static final String ERROR = "rapport.date-error";

    /** Takes the mark of an unreadable date off a picker that is given a date anew. */
    public static void clearError(DatePicker picker) {
        markError(picker, null);
    }

    private static void markError(DatePicker picker, String message) {
        picker.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
        if (message == null) {
            picker.getProperties().remove(ERROR);
            picker.setTooltip(null);
            picker.setAccessibleHelp(null);
        } else {
            picker.getProperties().put(ERROR, message);
            Tooltip tip = new Tooltip(message);
            picker.setTooltip(tip);
            picker.setAccessibleHelp(message);
        }
    }

    private static List<DateTimeFormatter> readable(Locale locale) {
        return List.of(DateTimeFormatter.ISO_LOCAL_DATE, shortForm(locale), strict(FormatStyle.MEDIUM, locale));
    }

    /** The locale's short form with a four-digit year (3/15/2026, 15.03.2026), read strictly: no 31 February. */
    private static DateTimeFormatter shortForm(Locale locale) {
        return strict(FormatStyle.SHORT, locale);
    }

    /** The locale's pattern of this style with a four-digit year, read with no day beyond its month's last. */
    private static DateTimeFormatter strict(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                locale).replaceAll("y+", "yyyy");
        // "u" (the proleptic year) instead of "y" (year of era): strict reading would otherwise ask for an era.
        return DateTimeFormatter.ofPattern(pattern.replace("y", "u"), locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
