package app.rapport.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.LinkSource;
import app.rapport.interchange.ImportException;
import app.rapport.interchange.download.Download;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.interchange.download.DownloadReader;
import app.rapport.interchange.download.Meeting;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/**
 * Fills link states and interactions from Facebook, Instagram and LinkedIn downloads and calendars (EXPORTS.md):
 * reads them, plans person by person (matching on the profile, then the email, then the folded full name;
 * exactly one candidate matches), and applies the plan in one transaction that can be cancelled and undone.
 * Dates come from the files; a state the user recorded after the download's date is kept.
 */
public final class DownloadImportService {

    /** Where the user's own calendar addresses are remembered, comma-separated. */
    public static final String OWN_ADDRESSES = "downloads.ownAddresses";
    static final int PEOPLE_PER_STEP = 200;

    private final Store store;
    private final Clock clock;

    public DownloadImportService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the downloads as the user got them; touches nothing. */
    public Download read(List<Path> paths) throws ImportException {
        return new DownloadReader(clock.getZone(), clock.instant()).read(paths);
    }

    /** The addresses found in calendars, the organizer of most events first: the user's own are among them. */
    public static List<String> calendarAddresses(Download download) {
        Map<String, Long> organized = eventsOrganized(download);
        Set<String> all = new HashSet<>(organized.keySet());
        download.meetings().forEach(meeting -> all.addAll(meeting.attendees()));
        return all.stream().sorted(Comparator.comparing((String a) -> -organized.getOrDefault(a, 0L))
                .thenComparing(Function.identity())).toList();
    }

    /** On the command line nobody is asked: the organizer of most events is the user. */
    public static Set<String> likelyOwnAddresses(Download download) {
        return eventsOrganized(download).entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> Set.of(entry.getKey())).orElse(Set.of());
    }

    /** Events (not occurrences: a weekly meeting is one event) by organizer. */
    private static Map<String, Long> eventsOrganized(Download download) {
        return download.meetings().stream().filter(m -> !m.organizer().isEmpty())
                .collect(Collectors.groupingBy(Meeting::organizer,
                        Collectors.collectingAndThen(Collectors.mapping(Meeting::uid, Collectors.toSet()),
                                uids -> (long) uids.size())));
    }

    public DownloadPlan plan(Download download, Set<String> ownAddresses) {
        return store.transact(tx -> planIn(tx, download, ownAddresses));
    }

    private static DownloadPlan planIn(StoreTransaction tx, Download download, Set<String> ownAddresses) {
        Set<String> own = ownAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new DownloadPlanner(tx, download).plan(own);
    }

    /** What importing contact files and downloads together did; {@code plan} says what was left out. */
    public record Together(ImportService.Result contacts, DownloadPlan plan, Result downloads) {
    }

    /**
     * Contact files and downloads in one transaction, all of it or nothing: the files' contacts are written
     * first, then the downloads are planned against the store as the files left it (so a friend who came with a
     * vCard is matched) and applied with nobody asked: ambiguous and unmatched rows are left out.
     */
    public Together importTogether(ImportService contacts, ImportPlan contactPlan, Download download,
            Set<String> ownAddresses, WorkProgress progress) {
        LocalDate today = LocalDate.now(clock);
        String run = UUID.randomUUID().toString();
        return store.transact(tx -> {
            ImportService.Result fromFiles = contacts.applyIn(tx, contactPlan, progress, today);
            DownloadPlan plan = planIn(tx, download, ownAddresses);
            return new Together(fromFiles, plan,
                    new DownloadApplier(tx, plan, Map.of(), run, today).apply(progress));
        });
    }

    /** What the import did, per platform, and its undo. */
    public record Result(Map<DownloadPlatform, Landed> platforms, DownloadUndo undo) {

        public Result {
            // In the platforms' order, as the preview lists them.
            Map<DownloadPlatform, Landed> ordered = new EnumMap<>(DownloadPlatform.class);
            ordered.putAll(platforms);
            platforms = Collections.unmodifiableMap(ordered);
        }

        public int states() {
            return total(landed -> landed.kinds().stateTotal());
        }

        public int interactions() {
            return total(landed -> landed.kinds().interactionTotal());
        }

        public int createdContacts() {
            return total(Landed::createdContacts);
        }

        public int ledgerEntries() {
            return total(Landed::ledgerEntries);
        }

        private int total(ToIntFunction<Landed> number) {
            return platforms.values().stream().mapToInt(number).sum();
        }
    }

    /**
     * What one platform's rows wrote: links whose state they set, per state, and interactions, per kind; the
     * contacts they made and the request-ledger entries.
     */
    public record Landed(KindCounts kinds, int createdContacts, int ledgerEntries) {
    }

    /**
     * Writes the plan in one transaction: settled people as planned, ambiguous and unmatched ones only where
     * {@code chosen} (person id to contact id) says whom they are. Cancelling leaves the store as it was.
     */
    public Result apply(DownloadPlan plan, Map<Integer, Long> chosen, WorkProgress progress) {
        LocalDate today = LocalDate.now(clock);
        String run = UUID.randomUUID().toString();
        // Inputs that would have to be read whole (after another large write) are not worth it: the rules then
        // read only the interactions of those the import touched.
        RuleInputs committed = store.ruleInputsKept() ? store.ruleInputs() : null;
        return store.transact(tx -> new DownloadApplier(tx, plan, chosen, run, today).apply(committed, progress));
    }

    /** Takes back everything one import did; the follow-up rules run again for whom it touched. */
    public void undo(DownloadUndo undo) {
        LocalDate today = LocalDate.now(clock);
        store.transactVoid(tx -> {
            Set<Long> touched = tx.interactions().contactsOfRun(undo.importRun());
            tx.interactions().deleteOfRun(undo.importRun());
            tx.links().deleteChangesOfRun(undo.importRun());
            for (DownloadUndo.LinkBefore before : undo.linksBefore()) {
                if (before.link().isEmpty()) {
                    tx.links().delete(before.contactId(), before.platformId());
                } else {
                    tx.links().putFromSource(before.link().get(), before.source().map(LinkSource::source).orElse(null),
                            before.source().map(LinkSource::on).orElse(null));
                }
            }
            undo.createdContacts().forEach(tx.contacts()::delete);
            undo.linksBefore().forEach(before -> touched.add(before.contactId()));
            touched.addAll(undo.createdContacts());
            FollowUpQueue.reevaluateTouched(tx, touched, today);
        });
    }
}
