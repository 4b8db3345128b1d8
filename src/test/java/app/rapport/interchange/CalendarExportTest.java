package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.rapport.domain.FollowUpRule;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;

/** The .ics export of PRODUCT.md's Interchange, read back with biweekly and checked as raw RFC 5545 text. */
class CalendarExportTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 2, 18, 30, 0, 0, ZoneId.of("Europe/Paris"));

    static final String LONG_MESSAGE = "Bonjour Zoë, j’ai beaucoup apprécié notre échange à la conférence de "
            + "Montréal; pourrions-nous prendre un café, ou déjeuner, la semaine prochaine? Je serais ravi "
            + "d’en savoir plus sur vos travaux — ça m’intéresse énormément. À bientôt 🙂, Sam. "
            + "Ελληνικά, 日本語のテキスト, and a backslash \\ too.";

    static final FollowUpEntry COFFEE = new FollowUpEntry(17, "Meet Zoë Brontë-Şahin, PhD; “Zo” for coffee",
            LONG_MESSAGE, LocalDate.of(2026, 11, 8), "Brontë-Şahin, Zoë; PhD", "LinkedIn", FollowUpRule.F1.name());
    static final FollowUpEntry CATEGORY = new FollowUpEntry(18, "Decide: barbecue or business lunch, José?",
            "", LocalDate.of(2026, 12, 31), "José Álvarez Núñez", null, FollowUpRule.F6.name());
    static final FollowUpEntry MANUAL = new FollowUpEntry(19, "Send Łukasz the slides", "Slides from Tuesday",
            LocalDate.of(2027, 1, 4), "Łukasz Żółć", null, "MANUAL");

    static final YearlyEvent LEAP_DAY = YearlyEvent.birthday(5, "Łukasz Żółć", YearlyDate.of(LocalDate.of(2000, 2, 29)));
    static final YearlyEvent NEW_YEARS_EVE = YearlyEvent.birthday(6, "O’Brien, Siobhán; Dr.",
            YearlyDate.of(LocalDate.of(1985, 12, 31)));

    @Test
    void everyOpenFollowUpIsAToDoDueOnItsDayWithAReminderAtNine() throws IOException {
        ICalendar calendar = parse(export(List.of(COFFEE, CATEGORY, MANUAL), List.of(), NOW));

        Map<String, VTodo> todos = calendar.getTodos().stream()
                .collect(Collectors.toMap(todo -> todo.getUid().getValue(), Function.identity()));
        assertThat(todos).containsOnlyKeys("followup-17@rapport.app", "followup-18@rapport.app",
                "followup-19@rapport.app");
        for (FollowUpEntry followUp : List.of(COFFEE, CATEGORY, MANUAL)) {
            VTodo todo = todos.get("followup-" + followUp.id() + "@rapport.app");
            assertThat(todo.getSummary().getValue()).isEqualTo(followUp.title());
            assertThat(dateOnly(todo.getDateDue().getValue())).isEqualTo(followUp.due());
            assertThat(todo.getStatus().isNeedsAction()).isTrue();
            assertThat(todo.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW.toInstant());
            assertThat(todo.getAlarms()).singleElement().satisfies(alarm -> {
                assertThat(alarm.getAction().isDisplay()).isTrue();
                assertThat(alarm.getDescription().getValue()).isEqualTo(followUp.title());
                assertThat(alarm.getTrigger().getDate().toInstant())
                        .isEqualTo(followUp.due().atTime(9, 0).atZone(NOW.getZone()).toInstant());
            });
        }
    }

    @Test
    void theDescriptionCarriesTheMessageTheContactThePlatformAndWhy() throws IOException {
        ICalendar calendar = parse(export(List.of(COFFEE, CATEGORY, MANUAL), List.of(), NOW));

        assertThat(description(calendar, COFFEE)).isEqualTo(LONG_MESSAGE + "\n\n"
                + "Contact: Brontë-Şahin, Zoë; PhD\n"
                + "Platform: LinkedIn\n"
                + "Why: " + FollowUpRule.F1.why());
        assertThat(description(calendar, CATEGORY)).isEqualTo("Contact: José Álvarez Núñez\n"
                + "Why: " + FollowUpRule.F6.why());
        assertThat(description(calendar, MANUAL)).isEqualTo("Slides from Tuesday\n\nContact: Łukasz Żółć");
    }

    @Test
    void everyBirthdayIsAYearlyAllDayEventThatDoesNotBlockTime() throws IOException {
        ICalendar calendar = parse(export(List.of(), List.of(LEAP_DAY, NEW_YEARS_EVE), NOW));

        Map<String, VEvent> events = calendar.getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
        assertThat(events).containsOnlyKeys("birthday-5@rapport.app", "birthday-6@rapport.app");
        for (YearlyEvent birthday : List.of(LEAP_DAY, NEW_YEARS_EVE)) {
            VEvent event = events.get(birthday.uid());
            assertThat(event.getSummary().getValue()).isEqualTo(birthday.summary());
            assertThat(dateOnly(event.getDateStart().getValue())).isEqualTo(birthday.date().date().orElseThrow());
            assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.YEARLY);
            assertThat(event.getTransparency().isTransparent()).isTrue();
            assertThat(event.getAlarms()).isEmpty();
        }
        assertThat(rule(events.get("birthday-6@rapport.app")).getByMonth()).isEmpty();
        assertThat(rule(events.get("birthday-6@rapport.app")).getByMonthDay()).isEmpty();
        assertThat(events.get("birthday-6@rapport.app").getSummary().getValue())
                .isEqualTo("Birthday: O’Brien, Siobhán; Dr.");
    }

    @Test
    void aDateWithoutAYearStartsOnItsNextOccurrenceAndAnImportantDateIsNamedByItsLabel() throws IOException {
        YearlyEvent birthday = YearlyEvent.birthday(7, "Ana Lima", YearlyDate.of(5, 14));
        YearlyEvent anniversary = YearlyEvent.importantDate(7, 0, "Ana Lima",
                new ImportantDate("Work anniversary", YearlyDate.of(1, 2)));

        ICalendar calendar = parse(export(List.of(), List.of(birthday, anniversary), NOW));

        Map<String, VEvent> events = calendar.getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
        assertThat(events).containsOnlyKeys("birthday-7@rapport.app", "date-7-0@rapport.app");
        LocalDate today = NOW.toLocalDate();
        assertThat(dateOnly(events.get("birthday-7@rapport.app").getDateStart().getValue()))
                .isEqualTo(YearlyDate.of(5, 14).nextOnOrAfter(today));
        VEvent work = events.get("date-7-0@rapport.app");
        assertThat(work.getSummary().getValue()).isEqualTo("Work anniversary: Ana Lima");
        assertThat(dateOnly(work.getDateStart().getValue())).isEqualTo(YearlyDate.of(1, 2).nextOnOrAfter(today));
        assertThat(work.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.YEARLY);
    }

    @Test
    void aLeapDayBirthdayFallsOnTheLastDayOfFebruaryEveryYear() throws IOException {
        ICalendar calendar = parse(export(List.of(), List.of(LEAP_DAY), NOW));

        Recurrence rule = rule(calendar.getEvents().getFirst());
        assertThat(rule.getByMonth()).containsExactly(2);
        assertThat(rule.getByMonthDay()).containsExactly(-1);
    }

    @Test
    void theRawTextIsFoldedUtf8WithCrlfLineEndings() throws IOException {
        byte[] bytes = export(List.of(COFFEE, CATEGORY, MANUAL), List.of(LEAP_DAY, NEW_YEARS_EVE), NOW);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nPRODID:-//Rapport//Rapport//EN\r\n",
                        "\r\nDUE;VALUE=DATE:20261108\r\n", "\r\nDTSTART;VALUE=DATE:20000229\r\n",
                        "\r\nTRIGGER;VALUE=DATE-TIME:20261108T080000Z\r\n", "\r\nSTATUS:NEEDS-ACTION\r\n",
                        "\r\nTRANSP:TRANSPARENT\r\n", "\r\nACTION:DISPLAY\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(text.replace("\r\n ", "")).contains("SUMMARY:Birthday: O’Brien\\, Siobhán\\; Dr.");
    }

    @Test
    void reExportingKeepsEveryUidSoCalendarAppsUpdateInsteadOfDuplicating() throws IOException {
        ICalendar first = parse(export(List.of(COFFEE, MANUAL), List.of(LEAP_DAY), NOW));
        ICalendar later = parse(export(List.of(COFFEE, MANUAL), List.of(LEAP_DAY), NOW.plusDays(3)));

        assertThat(uids(later)).isEqualTo(uids(first));
    }

    @Test
    void anEmptyExportIsStillAValidCalendar() throws IOException {
        byte[] bytes = export(List.of(), List.of(), NOW);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Rapport//Rapport//EN\r
                END:VCALENDAR\r
                """);
        ICalendar calendar = parse(bytes);
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//Rapport//Rapport//EN");
        assertThat(calendar.getTodos()).isEmpty();
        assertThat(calendar.getEvents()).isEmpty();
    }

    static byte[] export(List<FollowUpEntry> followUps, List<YearlyEvent> birthdays, ZonedDateTime now)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalendarExport.write(followUps, birthdays, now, out);
        return out.toByteArray();
    }

    static ICalendar parse(byte[] bytes) {
        ICalendar calendar = Biweekly.parse(new String(bytes, StandardCharsets.UTF_8)).first();
        assertThat(calendar).as("one iCalendar object").isNotNull();
        return calendar;
    }

    /** The date of a DATE value, which must have no time part. */
    static LocalDate dateOnly(ICalDate date) {
        assertThat(date.hasTime()).as("a DATE, not a DATE-TIME").isFalse();
        DateTimeComponents parts = date.getRawComponents();
        return LocalDate.of(parts.getYear(), parts.getMonth(), parts.getDate());
    }

    static String description(ICalendar calendar, FollowUpEntry followUp) {
        return calendar.getTodos().stream()
                .filter(todo -> todo.getUid().getValue().equals("followup-" + followUp.id() + "@rapport.app"))
                .findFirst().orElseThrow().getDescription().getValue();
    }

    static Recurrence rule(VEvent event) {
        return event.getRecurrenceRule().getValue();
    }

    static List<String> uids(ICalendar calendar) {
        return Stream.concat(calendar.getTodos().stream().map(todo -> todo.getUid().getValue()),
                calendar.getEvents().stream().map(event -> event.getUid().getValue())).toList();
    }
}
