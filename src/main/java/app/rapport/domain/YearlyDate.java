package app.rapport.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day that comes back every year (a birthday, an anniversary), with the year it happened when the user knows
 * it. PRODUCT.md: a date without a year is kept as month and day and never given an invented one.
 *
 * @param monthDay the day of the year
 * @param year     the year it happened, or null when not known
 */
public record YearlyDate(MonthDay monthDay, Integer year) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?(?:,?\\s+(\\d{4}))?");

    public YearlyDate {
        Objects.requireNonNull(monthDay, "monthDay");
        if (year != null && !monthDay.isValidYear(year)) {
            throw new DateTimeException(monthDay + " does not exist in " + year + ".");
        }
    }

    /** A day whose year is known. */
    public static YearlyDate of(LocalDate date) {
        return new YearlyDate(MonthDay.from(date), date.getYear());
    }

    /** A day whose year is not known. */
    public static YearlyDate of(int month, int day) {
        return new YearlyDate(MonthDay.of(month, day), null);
    }

    /**
     * Reads what people type or files hold: {@code 1990-05-14}, {@code 19900514}, {@code --05-14},
     * {@code --0514}, {@code May 14}, {@code 14 May}, {@code May 14, 1990}, {@code 14 May 1990} (English month
     * names, full or short).
     *
     * @throws DateTimeException when the text is none of these, or names a day that does not exist
     */
    public static YearlyDate parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").strip();
        Matcher iso = ISO_DATE.matcher(trimmed);
        if (iso.matches()) {
            return of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        Matcher noYear = NO_YEAR.matcher(trimmed);
        if (noYear.matches()) {
            return of(Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2)));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(trimmed);
        if (monthFirst.matches()) {
            return named(monthFirst.group(1), monthFirst.group(2), monthFirst.group(3), trimmed);
        }
        Matcher dayFirst = DAY_FIRST.matcher(trimmed);
        if (dayFirst.matches()) {
            return named(dayFirst.group(2), dayFirst.group(1), dayFirst.group(3), trimmed);
        }
        throw new DateTimeException("\"" + trimmed + "\" is not a date: write it as 1990-05-14, --05-14 or May 14.");
    }

    private static YearlyDate named(String monthName, String day, String year, String text) {
        Month month = monthNamed(monthName).orElseThrow(
                () -> new DateTimeException("\"" + text + "\": \"" + monthName + "\" is not a month."));
        MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
        return new YearlyDate(monthDay, year == null ? null : Integer.parseInt(year));
    }

    private static Optional<Month> monthNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && full.startsWith(lower)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** The day it happened, when the year is known. */
    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year));
    }

    /**
     * The next time it comes round, on or after {@code day}. A 29 February falls on 28 February in other years,
     * so it stays in its own month and never comes late.
     */
    public LocalDate nextOnOrAfter(LocalDate day) {
        LocalDate next = monthDay.atYear(day.getYear());
        return next.isBefore(day) ? monthDay.atYear(day.getYear() + 1) : next;
    }

    /** Whether it is a known day after {@code today}; a date without a year never is. */
    public boolean isAfter(LocalDate today) {
        return date().map(known -> known.isAfter(today)).orElse(false);
    }

    /** The ISO form: {@code 1990-05-14}, or {@code --05-14} without a year (as vCard 4.0 writes it). */
    @Override
    public String toString() {
        return date().map(LocalDate::toString).orElseGet(monthDay::toString);
    }

    /** For people: {@code May 14, 1990} or {@code May 14}. */
    public String display() {
        String day = monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + monthDay.getDayOfMonth();
        return year == null ? day : day + ", " + year;
    }
}
