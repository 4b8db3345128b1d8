package app.rapport.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.StringJoiner;

import app.rapport.domain.FollowUpRule;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateDue;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;

/**
 * Writes open follow-ups as to-dos, and birthdays and other important dates as yearly all-day events, into one
 * iCalendar 2.0 file (RFC 5545), for calendar and task apps.
 */
public final class CalendarExport {

    private static final String PRODUCT_ID = "-//Rapport//Rapport//EN";
    private static final LocalTime ALARM_TIME = LocalTime.of(9, 0);
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private CalendarExport() {
    }

    /**
     * Writes the calendar to {@code out} as UTF-8 and flushes it; the caller closes the stream. {@code now} is
     * the moment of the export (the DTSTAMP of every item) and, by its zone, where 09:00 is for the reminders.
     */
    public static void write(List<FollowUpEntry> openFollowUps, List<YearlyEvent> yearlyEvents, ZonedDateTime now,
                             OutputStream out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        Date stamp = Date.from(now.toInstant());
        for (FollowUpEntry followUp : openFollowUps) {
            calendar.addTodo(todo(followUp, stamp, now));
        }
        for (YearlyEvent yearly : yearlyEvents) {
            calendar.addEvent(event(yearly, stamp, now.toLocalDate()));
        }
        ICalWriter writer = new ICalWriter(
                new OctetFoldingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), ICalVersion.V2_0);
        writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
        writer.write(calendar);
        writer.flush();
    }

    private static VTodo todo(FollowUpEntry followUp, Date stamp, ZonedDateTime now) {
        VTodo todo = new VTodo();
        // A UID that only depends on the follow-up makes a re-import update the to-do instead of doubling it.
        todo.setUid("followup-" + followUp.id() + "@rapport.app");
        todo.setDateTimeStamp(stamp);
        todo.setSummary(followUp.title());
        todo.setDescription(description(followUp));
        todo.setDateDue(new DateDue(dateOnly(followUp.due())));
        todo.setStatus(Status.needsAction());
        // An absolute trigger (RFC 5545 wants it in UTC) at 09:00 where the user is: a relative one would have to
        // be RELATED=END, as the to-do has no DTSTART, and apps disagree on when a date-only DUE "ends", whereas
        // an absolute time means the same to every app that honours alarms on to-dos (Thunderbird, for one).
        Date nineOClock = Date.from(followUp.due().atTime(ALARM_TIME).atZone(now.getZone()).toInstant());
        todo.addAlarm(VAlarm.display(new Trigger(nineOClock), followUp.title()));
        return todo;
    }

    private static String description(FollowUpEntry followUp) {
        StringJoiner lines = new StringJoiner("\n");
        if (!followUp.message().isBlank()) {
            lines.add(followUp.message().strip()).add("");
        }
        lines.add("Contact: " + followUp.contactName());
        if (followUp.platformName() != null) {
            lines.add("Platform: " + followUp.platformName());
        }
        FollowUpRule.named(followUp.rule()).ifPresent(rule -> lines.add("Why: " + rule.why()));
        return lines.toString();
    }

    /**
     * A date whose year is known starts on that day; one without a year starts on its next occurrence from the
     * day of the export, so no year is made up for it.
     */
    private static VEvent event(YearlyEvent yearly, Date stamp, LocalDate exportDay) {
        VEvent event = new VEvent();
        event.setUid(yearly.uid());
        event.setDateTimeStamp(stamp);
        event.setSummary(yearly.summary());
        LocalDate first = yearly.date().date().orElseGet(() -> yearly.date().nextOnOrAfter(exportDay));
        event.setDateStart(new DateStart(dateOnly(first)));
        event.setRecurrenceRule(yearlyOn(yearly.date().monthDay()));
        event.setTransparency(true);
        return event;
    }

    /**
     * Every year on the day. RFC 5545 drops recurrences that fall on a day that does not exist, so a plain
     * yearly rule from February 29 would show only in leap years: such a day repeats on the last day of
     * February instead, which is the 29th in leap years and the 28th in the others.
     */
    private static Recurrence yearlyOn(MonthDay day) {
        Recurrence.Builder yearly = new Recurrence.Builder(Frequency.YEARLY);
        if (day.equals(LEAP_DAY)) {
            yearly.byMonth(2).byMonthDay(-1);
        }
        return yearly.build();
    }

    /** biweekly turns these parts into a Date in the JVM's zone and writes it back in the same zone: no day shift. */
    private static ICalDate dateOnly(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                false);
    }
}
