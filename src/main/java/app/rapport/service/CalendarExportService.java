package app.rapport.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.Contact;
import app.rapport.interchange.CalendarExport;
import app.rapport.interchange.FollowUpEntry;
import app.rapport.interchange.YearlyEvent;
import app.rapport.store.Store;

/** Open follow-ups, birthdays and other important dates to an iCalendar file that calendar and to-do apps import. */
public final class CalendarExportService {

    /** What went into the file, for the message after the export. */
    public record Exported(int followUps, int birthdays, int importantDates) {
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
        List<Contact> contacts = store.transact(tx -> tx.contacts().activeForRules());
        List<YearlyEvent> yearly = new ArrayList<>();
        int birthdays = 0;
        for (Contact contact : contacts) {
            if (contact.birthday() != null) {
                yearly.add(YearlyEvent.birthday(contact.id(), contact.displayName(), contact.birthday()));
                birthdays++;
            }
            for (int i = 0; i < contact.importantDates().size(); i++) {
                yearly.add(YearlyEvent.importantDate(contact.id(), i, contact.displayName(),
                        contact.importantDates().get(i)));
            }
        }
        AtomicFile.write(file, out -> CalendarExport.write(open, yearly, ZonedDateTime.now(clock), out));
        return new Exported(open.size(), birthdays, yearly.size() - birthdays);
    }
}
