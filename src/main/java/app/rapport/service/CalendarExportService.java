package app.rapport.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import app.rapport.interchange.BirthdayEntry;
import app.rapport.interchange.CalendarExport;
import app.rapport.interchange.FollowUpEntry;
import app.rapport.store.Store;

/** Open follow-ups and birthdays to an iCalendar file that calendar and to-do apps import. */
public final class CalendarExportService {

    /** What went into the file, for the message after the export. */
    public record Exported(int followUps, int birthdays) {
    }

    private final Store store;
    private final FollowUpService followUps;
    private final Clock clock;

    public CalendarExportService(Store store, FollowUpService followUps, Clock clock) {
        this.store = store;
        this.followUps = followUps;
        this.clock = clock;
    }

    public Exported export(Path file) {
        List<FollowUpEntry> open = followUps.open().stream().map(item -> new FollowUpEntry(item.followUp().id(),
                item.followUp().title(), item.followUp().message(), item.followUp().due(), item.contactName(),
                item.platformName(), item.followUp().rule())).toList();
        List<BirthdayEntry> birthdays = store.transact(tx -> tx.contacts().activeForRules()).stream()
                .filter(contact -> contact.birthday() != null)
                .map(contact -> new BirthdayEntry(contact.id(), contact.displayName(), contact.birthday()))
                .toList();
        AtomicFile.write(file, out -> CalendarExport.write(open, birthdays, ZonedDateTime.now(clock), out));
        return new Exported(open.size(), birthdays.size());
    }
}
