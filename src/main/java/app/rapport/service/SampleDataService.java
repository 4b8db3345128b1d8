package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveFormatException;
import app.rapport.interchange.archive.ArchiveReader;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedInteraction;
import app.rapport.interchange.archive.ArchivedLink;
import app.rapport.store.ContactRows;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

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
        Archive sample = read(today);
        long days = ChronoUnit.DAYS.between(WRITTEN_ON, today);
        Archive moved = new Archive(sample.settings(), sample.platforms(),
                sample.contacts().stream().map(c -> shifted(c, days)).toList(), sample.followUps(), List.of());
        ImportPlan plan = imports.plan(List.of(FileConversions.fromArchive("sample.rapport.json", moved)),
                Map.of("sample.rapport.json", moved));
        imports.apply(plan, WorkProgress.NONE);
    }

    private static Archive read(LocalDate today) {
        try (InputStream in = SampleDataService.class.getResourceAsStream(RESOURCE)) {
            return new ArchiveReader(today).read(in, "sample.rapport.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArchiveFormatException e) {
            throw new IllegalStateException("The bundled sample data is broken: " + e.getMessage(), e);
        }
    }

    public boolean isLoaded() {
        return !store.transact(tx -> tx.contacts().idsTagged(TAG)).isEmpty();
    }

    /** What {@link #remove} would do now, for the confirmation: how many go, and who stays. */
    public SampleRemoval.Plan plan() {
        SampleTraces traces = new SampleTraces(read(LocalDate.now(clock)));
        return store.transact(tx -> {
            List<Long> ids = tx.contacts().idsTagged(TAG);
            List<Long> kept = ids.stream().filter(id -> traces.userAddedTo(tx, id)).toList();
            return new SampleRemoval.Plan(ids.size() - kept.size(), names(tx, kept));
        });
    }

    /**
     * Removes the sample contacts and all that hangs off them, in one transaction, except those the user added
     * something to: they stay, no longer marked as sample data. The result takes it back with {@link #undo}.
     */
    public SampleRemoval remove() {
        LocalDate today = LocalDate.now(clock);
        SampleTraces traces = new SampleTraces(read(today));
        return store.transact(tx -> {
            Set<Long> ids = new LinkedHashSet<>(tx.contacts().idsTagged(TAG));
            // Kept, not asked about one by one: what the user added is theirs, a question per person would have
            // them sort made-up people, and a kept one is archived in one click where a deleted coffee is lost.
            Set<Long> kept = ids.stream().filter(id -> traces.userAddedTo(tx, id))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            ContactRows before = tx.contacts().rowsOf(ids);
            List<String> keptNames = names(tx, kept);
            tx.touched(ids);
            for (long id : ids) {
                if (kept.contains(id)) {
                    Contact contact = tx.contacts().find(id).orElseThrow();
                    tx.contacts().update(contact.toBuilder()
                            .tags(contact.tags().stream().filter(tag -> !tag.equals(TAG)).toList()).build());
                } else {
                    tx.contacts().delete(id);
                }
            }
            FollowUpQueue.reevaluate(tx, List.of(), today);
            return new SampleRemoval(ids, kept, ids.size() - kept.size(), keptNames, before,
                    tx.contacts().rowsOf(kept));
        });
    }

    /**
     * Gives every sample contact back exactly as it was before {@link #remove}, ids, interactions, links and
     * follow-ups included, in one transaction.
     *
     * @throws IllegalStateException when a contact that stayed has changed since; nothing was changed
     */
    public void undo(SampleRemoval removal) {
        LocalDate today = LocalDate.now(clock);
        store.transactVoid(tx -> {
            if (!tx.contacts().rowsOf(removal.keptIds()).sameAs(removal.keptAfter())) {
                throw new IllegalStateException(String.join(", ", removal.kept()) + " changed since the sample "
                        + "data was removed, and undoing it now would lose that change. Nothing was changed.");
            }
            tx.touched(removal.contactIds());
            tx.contacts().putBack(removal.before());
            FollowUpQueue.reevaluate(tx, List.of(), today);
        });
    }

    /** Their names, in the order the user's language sorts them, for the confirmation and the undo bar. */
    private static List<String> names(StoreTransaction tx, Collection<Long> ids) {
        return tx.contacts().displayNames(ids).values().stream().sorted(Collator.getInstance()).toList();
    }

    static ArchivedContact shifted(ArchivedContact c, long days) {
        return new ArchivedContact(c.id(), shifted(c.contact(), days),
                c.links().stream().map(l -> new ArchivedLink(l.platform(), l.state(), l.since().plusDays(days),
                        l.handle())).toList(),
                c.interactions().stream().map(i -> new ArchivedInteraction(i.on().plusDays(days), i.kind(),
                        i.notes())).toList());
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
