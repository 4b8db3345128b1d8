package app.rapport.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.interchange.archive.ArchiveWriter;
import app.rapport.interchange.csv.ContactRow;
import app.rapport.interchange.csv.ContactsCsvWriter;
import app.rapport.interchange.vcard.ContactCard;
import app.rapport.interchange.vcard.VCardWriter;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;

/** Exports in the format the file name asks for: .rapport.json, .vcf, .csv or .ics. */
public final class ExportService {

    private static final String CANCELLED = "The export was cancelled. Nothing was written.";

    /** What was written, in words for the user. */
    public record Exported(Path file, String what) {
    }

    private final Store store;
    private final CalendarExportService calendar;

    public ExportService(Store store, CalendarExportService calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** The formats, by the end of the file name, for choosers and messages. */
    public static final List<String> EXTENSIONS = List.of(".rapport.json", ".vcf", ".csv", ".ics");

    private static final String EXPORTING = "Exporting";

    public Exported export(Path file) {
        return export(file, WorkProgress.NONE);
    }

    /**
     * {@link #export(Path)}, telling {@code progress} how far it has got. The archive, long at tens of thousands of
     * contacts, counts them and stops at a Cancel; the other formats are written in one go once their data is read.
     *
     * @throws WorkCancelledException when Cancel was pressed before the file was written; no file is left
     */
    public Exported export(Path file, WorkProgress progress) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        progress.worked(EXPORTING, 0, 0);
        if (name.endsWith(".rapport.json")) {
            ArchiveSnapshot.Written written = (done, total) -> {
                progress.stopIfCancelled(CANCELLED);
                progress.worked(EXPORTING, done, total);
            };
            int contacts = store.transact(tx -> {
                int[] count = new int[1];
                AtomicFile.write(file, out -> count[0] = ArchiveSnapshot.write(tx, out, written));
                return count[0];
            });
            return new Exported(file, count(contacts, "contact") + " with everything about them");
        }
        if (name.endsWith(".vcf")) {
            CardsToWrite data = store.transact(tx -> new CardsToWrite(tx.contacts().allFull(), tx.links().all(),
                    tx.platforms().all()));
            Map<Long, List<Link>> links = data.links().stream().collect(Collectors.groupingBy(Link::contactId));
            List<ContactCard> cards = data.contacts().stream().filter(c -> !c.archived())
                    .map(c -> new ContactCard(c, links.getOrDefault(c.id(), List.of()))).toList();
            progress.stopIfCancelled(CANCELLED);
            AtomicFile.write(file, out -> VCardWriter.write(cards, data.platforms(), out));
            return new Exported(file, count(cards.size(), "contact") + " as vCards");
        }
        if (name.endsWith(".csv")) {
            List<Contact> contacts = store.transact(tx -> tx.contacts().allFull());
            Map<Long, LocalDate> last = new HashMap<>();
            RuleInputs inputs = store.ruleInputs();
            inputs.contacts().forEach(c -> last.put(c.id(), ContactService.lastInteraction(inputs.interactionsOf(c))));
            List<ContactRow> rows = contacts.stream().filter(c -> !c.archived())
                    .map(c -> new ContactRow(c, last.get(c.id()))).toList();
            progress.stopIfCancelled(CANCELLED);
            AtomicFile.write(file, out -> ContactsCsvWriter.write(rows, out));
            return new Exported(file, count(rows.size(), "contact") + " as a spreadsheet");
        }
        if (name.endsWith(".ics")) {
            CalendarExportService.Exported exported = calendar.export(file);
            return new Exported(file, count(exported.followUps(), "follow-up") + " and "
                    + count(exported.birthdays(), "birthday"));
        }
        throw new IllegalArgumentException("Rapport cannot tell the format from \"" + file.getFileName()
                + "\": end the name with " + String.join(", ", EXTENSIONS) + ".");
    }

    private static String count(int number, String thing) {
        return number + " " + thing + (number == 1 ? "" : "s");
    }

    private record CardsToWrite(List<Contact> contacts, List<Link> links, List<Platform> platforms) {
    }
}
