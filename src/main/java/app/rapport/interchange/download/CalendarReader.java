package app.rapport.interchange.download;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.TextProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

import app.rapport.domain.InteractionKind;
import app.rapport.interchange.ImportException;

/**
 * Past meetings in an iCalendar file from Google, Outlook or Apple. biweekly parses it and expands RRULE,
 * RDATE and EXDATE; an occurrence moved by a RECURRENCE-ID override counts on its new day, once. Times in a
 * TZID become the user's local date. Title, description and location are looked at only for a meeting link.
 */
final class CalendarReader {

    static final int PEOPLE_AT_AN_EVENT = 8;
    // A daily meeting for thirty years: beyond this a rule is runaway, not a calendar.
    private static final int MAX_OCCURRENCES = 11_000;
    private static final Pattern MEETING_LINK = Pattern.compile(
            "(meet\\.google\\.com|zoom\\.us|teams\\.microsoft\\.com|teams\\.live\\.com|webex\\.com)",
            Pattern.CASE_INSENSITIVE);

    private final ZoneId zone;
    private final Instant now;

    CalendarReader(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    List<Meeting> read(DownloadFile file) throws ImportException {
        List<Meeting> meetings = new ArrayList<>();
        try (InputStream in = file.open(); ICalReader reader = new ICalReader(in)) {
            reader.setDefaultTimezone(TimeZone.getTimeZone(zone));
            ICalendar calendar;
            boolean any = false;
            while ((calendar = reader.readNext()) != null) {
                any = true;
                List<ParseWarning> warnings = reader.getWarnings();
                meetings.addAll(meetings(calendar, warnings, file));
            }
            if (!any) {
                throw new ImportException(file.name(), 0, "there is no calendar in it (BEGIN:VCALENDAR is missing).");
            }
        } catch (IOException e) {
            throw new ImportException(file.name(), 0, "could not be read (" + e.getMessage() + ").");
        }
        return meetings;
    }

    private List<Meeting> meetings(ICalendar calendar, List<ParseWarning> warnings, DownloadFile file)
            throws ImportException {
        TimezoneInfo zones = calendar.getTimezoneInfo();
        Map<String, Set<LocalDate>> moved = new HashMap<>();
        for (VEvent event : calendar.getEvents()) {
            if (event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null && uid(event) != null) {
                moved.computeIfAbsent(uid(event), key -> new HashSet<>())
                        .add(localDate(event.getRecurrenceId().getValue(), zoneOf(zones, event.getRecurrenceId())));
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        int index = 0;
        for (VEvent event : calendar.getEvents()) {
            index++;
            if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
                throw new ImportException(file.name(), lineOf(warnings, "DTSTART"),
                        "event " + index + describe(event) + " has no start date that can be read"
                                + warningText(warnings, "DTSTART") + ".");
            }
            requireRealDate(event.getDateStart().getValue(), file, "event " + index + describe(event));
            if (event.getStatus() != null && event.getStatus().isCancelled()) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            String organizer = event.getOrganizer() == null ? "" : address(event.getOrganizer().getEmail());
            if (!organizer.isEmpty()) {
                people.add(organizer);
            }
            for (Attendee attendee : event.getAttendees()) {
                String email = address(attendee.getEmail());
                if (!email.isEmpty() && attendee.getParticipationStatus() != ParticipationStatus.DECLINED) {
                    people.add(email);
                } else if (!email.isEmpty()) {
                    people.remove(email);
                }
            }
            if (people.isEmpty()) {
                continue;
            }
            InteractionKind kind = kind(event, people.size());
            String uid = uid(event) == null ? "event-" + index : uid(event);
            for (LocalDate day : pastDays(event, zones, moved.getOrDefault(uid, Set.of()))) {
                meetings.add(new Meeting(uid, day, kind, organizer, people, file.name()));
            }
        }
        return meetings;
    }

    private List<LocalDate> pastDays(VEvent event, TimezoneInfo zones, Set<LocalDate> movedAway) {
        ICalDate start = event.getDateStart().getValue();
        TimeZone startZone = start.hasTime() ? zoneOf(zones, event.getDateStart()) : TimeZone.getTimeZone(zone);
        boolean recurs = event.getRecurrenceId() == null && (event.getRecurrenceRule() != null
                || !event.getRecurrenceDates().isEmpty());
        List<LocalDate> days = new ArrayList<>();
        if (!recurs) {
            if (start.toInstant().isBefore(now)) {
                days.add(localDate(start, startZone));
            }
            return days;
        }
        DateIterator occurrences = event.getDateIterator(startZone);
        int count = 0;
        while (occurrences.hasNext() && count++ < MAX_OCCURRENCES) {
            Date occurrence = occurrences.next();
            if (!occurrence.toInstant().isBefore(now)) {
                break;
            }
            LocalDate day = start.hasTime() ? occurrence.toInstant().atZone(zone).toLocalDate()
                    : occurrence.toInstant().atZone(startZone.toZoneId()).toLocalDate();
            if (!movedAway.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private InteractionKind kind(VEvent event, int people) {
        boolean link = event.getExperimentalProperty("X-GOOGLE-CONFERENCE") != null
                || event.getExperimentalProperty("X-MICROSOFT-ONLINEMEETINGURL") != null
                || event.getExperimentalProperty("X-MICROSOFT-SKYPETEAMSMEETINGURL") != null
                || !event.getConferences().isEmpty()
                || mentionsMeetingLink(event.getLocation())
                || mentionsMeetingLink(event.getUrl() == null ? null : event.getUrl().getValue())
                || mentionsMeetingLink(event.getDescription());
        if (link) {
            return InteractionKind.VIDEO_CALL;
        }
        return people > PEOPLE_AT_AN_EVENT ? InteractionKind.EVENT : InteractionKind.IN_PERSON;
    }

    private static boolean mentionsMeetingLink(TextProperty property) {
        return property != null && mentionsMeetingLink(property.getValue());
    }

    private static boolean mentionsMeetingLink(String text) {
        return text != null && MEETING_LINK.matcher(text).find();
    }

    private TimeZone zoneOf(TimezoneInfo zones, biweekly.property.ICalProperty property) {
        TimezoneAssignment assigned = zones.getTimezone(property);
        if (assigned == null || zones.isFloating(property)) {
            return TimeZone.getTimeZone(zone);
        }
        return assigned.getTimeZone();
    }

    private LocalDate localDate(ICalDate date, TimeZone dateZone) {
        if (!date.hasTime() && date.getRawComponents() != null) {
            return LocalDate.of(date.getRawComponents().getYear(), date.getRawComponents().getMonth(),
                    date.getRawComponents().getDate());
        }
        if (!date.hasTime()) {
            return date.toInstant().atZone(dateZone.toZoneId()).toLocalDate();
        }
        return date.toInstant().atZone(zone).toLocalDate();
    }

    // biweekly is lenient: month 13 day 45 rolls over into next year. A calendar with such a date is damaged.
    private static void requireRealDate(ICalDate date, DownloadFile file, String event) throws ImportException {
        DateTimeComponents raw = date.getRawComponents();
        if (raw == null) {
            return;
        }
        try {
            LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
                    raw.getSecond());
        } catch (DateTimeException e) {
            throw new ImportException(file.name(), 0, event + " starts on a date that does not exist ("
                    + raw.toString(true, true) + ").");
        }
    }

    private static String uid(VEvent event) {
        return event.getUid() == null ? null : event.getUid().getValue();
    }

    private static String address(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    // The UID is a meaningless key; the title is never shown, so the user learns the event by its number.
    private static String describe(VEvent event) {
        return uid(event) == null ? "" : " (UID " + uid(event) + ")";
    }

    private static int lineOf(List<ParseWarning> warnings, String property) {
        return warnings.stream()
                .filter(warning -> property.equalsIgnoreCase(warning.getPropertyName()))
                .map(ParseWarning::getLineNumber)
                .filter(line -> line != null)
                .findFirst().orElse(0);
    }

    private static String warningText(List<ParseWarning> warnings, String property) {
        return warnings.stream()
                .filter(warning -> property.equalsIgnoreCase(warning.getPropertyName()))
                .map(warning -> ": " + warning.getMessage())
                .findFirst().orElse("");
    }
}
