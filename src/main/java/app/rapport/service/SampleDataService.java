package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveFormatException;
import app.rapport.interchange.archive.ArchiveReader;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedInteraction;
import app.rapport.interchange.archive.ArchivedLink;
import app.rapport.store.Store;

/**
 * The made-up address book of assets/demo, for exploring. Its dates are written as of {@link #WRITTEN_ON} and
 * moved to today when loaded, so every verdict and every kind of follow-up shows whatever the day.
 */
public final class SampleDataService {

    static final String RESOURCE = "/app/rapport/sample/sample.rapport.json";
    static final LocalDate WRITTEN_ON = LocalDate.of(2026, 11, 23);
    /** Every sample contact carries this tag, which is how "remove the sample data" finds them. */
    public static final String TAG = "rapport-sample";

    private final Store store;
    private final ImportService imports;
    private final Clock clock;

    public SampleDataService(Store store, ImportService imports, Clock clock) {
        this.store = store;
        this.imports = imports;
        this.clock = clock;
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        Archive sample;
        try (InputStream in = SampleDataService.class.getResourceAsStream(RESOURCE)) {
            sample = new ArchiveReader(today).read(in, "sample.rapport.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArchiveFormatException e) {
            throw new IllegalStateException("The bundled sample data is broken: " + e.getMessage(), e);
        }
        Archive moved = shifted(sample, ChronoUnit.DAYS.between(WRITTEN_ON, today));
        ImportPlan plan = imports.plan(List.of(FileConversions.fromArchive("sample.rapport.json", moved)),
                Map.of("sample.rapport.json", moved));
        imports.apply(plan, ImportProgress.NONE);
    }

    public boolean isLoaded() {
        return !store.transact(tx -> tx.contacts().idsTagged(TAG)).isEmpty();
    }

    /** Removes every sample contact and all that hangs off them; returns how many. */
    public int remove() {
        return store.transact(tx -> {
            List<Long> ids = tx.contacts().idsTagged(TAG);
            ids.forEach(id -> tx.contacts().delete(id));
            return ids.size();
        });
    }

    private static Archive shifted(Archive archive, long days) {
        List<ArchivedContact> contacts = archive.contacts().stream().map(c -> new ArchivedContact(c.id(),
                shifted(c.contact(), days),
                c.links().stream().map(l -> new ArchivedLink(l.platform(), l.state(), l.since().plusDays(days),
                        l.handle())).toList(),
                c.interactions().stream().map(i -> new ArchivedInteraction(i.on().plusDays(days), i.kind(),
                        i.notes())).toList())).toList();
        return new Archive(archive.settings(), archive.platforms(), contacts, archive.followUps(), List.of());
    }

    private static Contact shifted(Contact c, long days) {
        return c.toBuilder().metOn(plus(c.metOn(), days)).addedOn(plus(c.addedOn(), days))
                .birthday(c.birthday() == null ? null : plus(c.birthday(), days))
                .importantDates(c.importantDates().stream()
                        .map(date -> new ImportantDate(date.label(), plus(date.date(), days))).toList())
                .build();
    }

    /** A date without a year stays where it is: shifting it would need a year. */
    private static YearlyDate plus(YearlyDate date, long days) {
        return date.date().map(day -> YearlyDate.of(day.plusDays(days))).orElse(date);
    }

    private static LocalDate plus(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }
}
