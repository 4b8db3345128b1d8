package app.rapport.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes the whole file beside the target first, so a failure never leaves half a calendar behind. */
    public Exported export(Path file) {
        List<FollowUpEntry> open = followUps.open().stream().map(item -> new FollowUpEntry(item.followUp().id(),
                item.followUp().title(), item.followUp().message(), item.followUp().due(), item.contactName(),
                item.platformName(), item.followUp().rule())).toList();
        List<BirthdayEntry> birthdays = store.transact(tx -> tx.contacts().activeForRules()).stream()
                .filter(contact -> contact.birthday() != null)
                .map(contact -> new BirthdayEntry(contact.id(), contact.displayName(), contact.birthday()))
                .toList();
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                CalendarExport.write(open, birthdays, ZonedDateTime.now(clock), out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The export already failed; its message matters more than the leftover.
            }
            throw new UncheckedIOException("Could not write " + absolute + ": " + e.getMessage(), e);
        }
        return new Exported(open.size(), birthdays.size());
    }
}
