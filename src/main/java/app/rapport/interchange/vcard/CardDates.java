package app.rapport.interchange.vcard;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;
import app.rapport.interchange.RowIssue;
import ezvcard.VCard;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.RawProperty;
import ezvcard.util.PartialDate;

/**
 * The birthday and the other important dates of a card, in every way apps write them: a full date, a date
 * without a year ({@code --05-14}, {@code --0514}, Apple's placeholder year marked {@code X-APPLE-OMIT-YEAR}),
 * a date-time (KAddressBook's {@code 1955-07-19T00:00:00Z}, whose date is the day), vCard 4.0's
 * {@code ANNIVERSARY}, the anniversaries of Outlook, Evolution, KAddressBook and Thunderbird, and Apple's and
 * Google's named dates ({@code itemN.X-ABDATE} with {@code itemN.X-ABLabel}).
 */
final class CardDates {

    private static final String APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR";
    private static final List<String> ANNIVERSARY_PROPERTIES = List.of("ANNIVERSARY", "X-ANNIVERSARY",
            "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY");
    private static final String NAMED_DATE = "X-ABDATE";
    private static final String LABEL = "X-ABLABEL";
    // Apple writes its own labels as _$!<Anniversary>!$_; labels the user typed are plain.
    private static final Pattern APPLE_LABEL = Pattern.compile("_\\$!<(.*)>!\\$_");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-?\\d{2}-?\\d{2})T.*");
    private static final Set<String> ANNIVERSARY_LABELS = Set.of("anniversary");

    private final VCard card;
    private final CardLines lines;

    CardDates(VCard card, CardLines lines) {
        this.card = card;
        this.lines = lines;
    }

    /** The card's birthday, or null; one that cannot be read or lies after {@code importDay} is left out, said so. */
    YearlyDate birthday(LocalDate importDay, List<RowIssue> leftOut) {
        DateOrTimeProperty birthday = card.getBirthday();
        Optional<YearlyDate> read;
        int line;
        if (birthday != null) {
            read = fromProperty(birthday);
            line = lines.of("BDAY", "");
        } else {
            // ez-vcard keeps a BDAY it cannot parse (such as 3.0's "--0412") as a raw property.
            RawProperty unparsed = card.getExtendedProperty("BDAY");
            if (unparsed == null) {
                return null;
            }
            read = fromText(unparsed.getValue(), unparsed.getParameter(APPLE_OMIT_YEAR));
            line = lines.of("BDAY", "");
            if (read.isEmpty()) {
                leftOut.add(new RowIssue(line, "the birthday \"" + clean(unparsed.getValue())
                        + "\" is not a date; left out"));
                return null;
            }
        }
        if (read.isEmpty()) {
            leftOut.add(new RowIssue(line,
                    "the birthday \"" + clean(birthday.getText()) + "\" is not a date; left out"));
            return null;
        }
        if (read.get().isAfter(importDay)) {
            leftOut.add(new RowIssue(line, "the birthday " + read.get() + " is in the future; left out"));
            return null;
        }
        return read.get();
    }

    /** The card's other dates, each once, in the order of the card. */
    List<ImportantDate> importantDates(List<RowIssue> leftOut) {
        List<ImportantDate> dates = new ArrayList<>();
        card.getAnniversaries().forEach(anniversary -> fromProperty(anniversary).ifPresentOrElse(
                date -> add(dates, new ImportantDate(ImportantDate.ANNIVERSARY, date)),
                () -> leftOut.add(new RowIssue(lines.of("ANNIVERSARY", ""), "the anniversary \""
                        + clean(anniversary.getText()) + "\" is not a date; left out"))));
        for (String name : ANNIVERSARY_PROPERTIES) {
            for (RawProperty property : card.getExtendedProperties(name)) {
                named(property, ImportantDate.ANNIVERSARY, leftOut).ifPresent(date -> add(dates, date));
            }
        }
        for (RawProperty property : card.getExtendedProperties(NAMED_DATE)) {
            named(property, labelOf(property.getGroup()), leftOut).ifPresent(date -> add(dates, date));
        }
        return dates;
    }

    private Optional<ImportantDate> named(RawProperty property, String label, List<RowIssue> leftOut) {
        Optional<YearlyDate> date = fromText(property.getValue(), property.getParameter(APPLE_OMIT_YEAR));
        if (date.isEmpty()) {
            leftOut.add(new RowIssue(lines.of(property.getPropertyName(), clean(property.getValue())),
                    "the date \"" + clean(property.getValue()) + "\" (" + label + ") is not a date; left out"));
        }
        return date.map(day -> new ImportantDate(label, day));
    }

    private String labelOf(String group) {
        if (group != null) {
            for (RawProperty label : card.getExtendedProperties(LABEL)) {
                if (group.equalsIgnoreCase(label.getGroup()) && !clean(label.getValue()).isEmpty()) {
                    String text = clean(label.getValue());
                    Matcher apple = APPLE_LABEL.matcher(text);
                    String plain = apple.matches() ? apple.group(1).strip() : text;
                    return ANNIVERSARY_LABELS.contains(plain.toLowerCase(Locale.ROOT)) ? ImportantDate.ANNIVERSARY
                            : plain.substring(0, Math.min(plain.length(), ImportantDate.LABEL_MAX));
                }
            }
        }
        return ImportantDate.UNNAMED;
    }

    /** The same date under the same label twice (Evolution writes ANNIVERSARY and its own) is kept once. */
    private static void add(List<ImportantDate> dates, ImportantDate date) {
        boolean known = dates.stream().anyMatch(kept -> kept.label().equalsIgnoreCase(date.label())
                && kept.date().monthDay().equals(date.date().monthDay()));
        if (!known) {
            dates.add(date);
        }
    }

    private static Optional<YearlyDate> fromProperty(DateOrTimeProperty property) {
        String omitYear = property.getParameter(APPLE_OMIT_YEAR);
        if (property.getDate() != null) {
            return dayOf(property.getDate()).map(day -> withoutPlaceholderYear(day, omitYear));
        }
        PartialDate partial = property.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            try {
                YearlyDate date = partial.getYear() == null ? YearlyDate.of(partial.getMonth(), partial.getDate())
                        : YearlyDate.of(LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()));
                return Optional.of(date);
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
        return property.getText() == null ? Optional.empty() : fromText(property.getText(), omitYear);
    }

    /** The day of a date or date-time as written: a time of day, with or without its offset, is dropped. */
    private static Optional<LocalDate> dayOf(Temporal temporal) {
        return Optional.ofNullable(switch (temporal) {
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            case OffsetDateTime dateTime -> dateTime.toLocalDate();
            case ZonedDateTime dateTime -> dateTime.toLocalDate();
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate();
            default -> null;
        });
    }

    private static Optional<YearlyDate> fromText(String value, String omitYear) {
        String text = clean(value);
        Matcher dateTime = DATE_TIME.matcher(text);
        if (dateTime.matches()) {
            text = dateTime.group(1);
        }
        try {
            YearlyDate date = YearlyDate.parse(text);
            return Optional.of(date.date().map(day -> withoutPlaceholderYear(day, omitYear)).orElse(date));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Apple keeps a date without a year under a placeholder year (1604), which it names in a parameter. */
    private static YearlyDate withoutPlaceholderYear(LocalDate day, String omitYear) {
        return String.valueOf(day.getYear()).equals(clean(omitYear))
                ? YearlyDate.of(day.getMonthValue(), day.getDayOfMonth()) : YearlyDate.of(day);
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
