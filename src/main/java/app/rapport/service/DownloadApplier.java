package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.store.StoreTransaction;

/** Writes a plan; every step checks for Cancel, and nothing is committed until the end. */
final class DownloadApplier {

    private final StoreTransaction tx;
    private final DownloadPlan plan;
    private final Map<Integer, Long> chosen;
    private final String run;
    private final LocalDate today;
    private final List<Long> created = new ArrayList<>();
    private final List<DownloadUndo.LinkBefore> before = new ArrayList<>();

    DownloadApplier(StoreTransaction tx, DownloadPlan plan, Map<Integer, Long> chosen, String run, LocalDate today) {
        this.tx = tx;
        this.plan = plan;
        this.chosen = chosen;
        this.run = run;
        this.today = today;
    }

    DownloadImportService.Result apply(ImportProgress progress) {
        int total = plan.people().size() + 1;
        int done = 0;
        int states = 0;
        int ledger = 0;
        Map<String, List<Interaction>> interactions = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        Map<DownloadPlatform, Set<String>> existing = new HashMap<>();
        Map<DownloadPlatform, Set<String>> ledgerKeys = new HashMap<>();
        for (DownloadPlan.Person person : plan.people()) {
            if (done % DownloadImportService.PEOPLE_PER_STEP == 0) {
                checkCancelled(progress);
                progress.worked(done, total);
            }
            done++;
            Long contactId = contactOf(person);
            if (contactId == null) {
                continue;
            }
            String platformId = person.platform().platformId();
            if (person.state().isPresent() && person.keptState().isEmpty()) {
                DownloadPlan.StateChange change = person.state().get();
                Optional<Link> current = tx.links().find(contactId, platformId);
                boolean usersNewer = chosen.containsKey(person.id())
                        && knownOn(current, contactId, platformId).filter(day -> day.isAfter(
                                asOf(person.platform(), change.on()))).isPresent();
                if (!usersNewer && (current.isEmpty() || current.get().state() != change.state())) {
                    before.add(new DownloadUndo.LinkBefore(contactId, platformId, current,
                            tx.links().sourceOf(contactId, platformId)));
                    String handle = current.map(Link::handle).filter(h -> !h.isEmpty()).orElse(person.handle());
                    tx.links().putFromSource(new Link(contactId, platformId, change.state(), change.on(), handle),
                            person.platform().name(), asOf(person.platform(), change.on()));
                    states++;
                    Set<String> seen = ledgerKeys.computeIfAbsent(person.platform(),
                            p -> new HashSet<>(tx.links().changeKeysFromSource(p.name())));
                    if (seen.add(contactId + "|" + platformId + "|" + change.on() + "|" + change.state())) {
                        tx.links().addChangesFromSource(List.of(new LinkChange(contactId, platformId, change.on(),
                                current.map(Link::state).orElse(LinkState.NONE), change.state())),
                                person.platform().name(), run);
                        ledger++;
                    }
                }
            } else if (!person.handle().isEmpty() && person.platform() == DownloadPlatform.INSTAGRAM) {
                learnHandle(contactId, platformId, person.handle());
            }
            String source = person.platform().name();
            Set<String> already = existing.computeIfAbsent(person.platform(),
                    p -> DownloadedInteractions.stored(tx, p));
            for (DownloadPlan.Visit visit : person.visits()) {
                if (already.add(DownloadedInteractions.identity(person.platform(), contactId, visit))) {
                    interactions.computeIfAbsent(source, s -> new ArrayList<>())
                            .add(new Interaction(null, contactId, visit.day(), visit.kind(), ""));
                    keys.computeIfAbsent(source, s -> new ArrayList<>()).add(visit.sourceKey());
                }
            }
        }
        checkCancelled(progress);
        int added = 0;
        for (Map.Entry<String, List<Interaction>> entry : interactions.entrySet()) {
            tx.interactions().insertFromSource(entry.getValue(), keys.get(entry.getKey()), entry.getKey(), run);
            added += entry.getValue().size();
        }
        FollowUpQueue.reevaluateAll(tx, today);
        checkCancelled(progress);
        progress.worked(total, total);
        return new DownloadImportService.Result(states, added, created.size(), ledger, new DownloadUndo(run, created, before));
    }

    private Long contactOf(DownloadPlan.Person person) {
        if (chosen.containsKey(person.id())) {
            return chosen.get(person.id());
        }
        return switch (person.match()) {
            case MATCHED -> person.contactId();
            case NEW -> create(person);
            case AMBIGUOUS, UNMATCHED -> null;
        };
    }

    private long create(DownloadPlan.Person person) {
        String[] words = person.name().strip().split("\\s+", 2);
        Contact contact = Contact.builder().displayName(person.name()).givenName(words[0])
                .familyName(words.length > 1 ? words[1] : "").category(Category.UNDECIDED)
                .howWeMet(person.platform().sourceName()).addedOn(today).build();
        long id = tx.contacts().insert(contact);
        created.add(id);
        return id;
    }

    private void learnHandle(long contactId, String platformId, String handle) {
        Optional<Link> current = tx.links().find(contactId, platformId);
        if (current.isPresent() && current.get().handle().isEmpty()) {
            before.add(new DownloadUndo.LinkBefore(contactId, platformId, current,
                    tx.links().sourceOf(contactId, platformId)));
            Link link = current.get();
            tx.links().put(new Link(contactId, platformId, link.state(), link.since(), handle));
        }
    }

    /**
     * The day the stored state was known, for a contact the user picked by hand: the plan could not weigh their
     * newer state against the download's, as it did for the people it matched itself.
     */
    private Optional<LocalDate> knownOn(Optional<Link> current, long contactId, String platformId) {
        return current.flatMap(link -> tx.links().sourceOf(contactId, platformId).map(LinkSource::on)
                .or(link::knownSince));
    }

    private LocalDate asOf(DownloadPlatform platform, LocalDate rowDay) {
        LocalDate exported = plan.exportedOn().get(platform);
        return exported == null || exported.isBefore(rowDay) ? rowDay : exported;
    }

    private static void checkCancelled(ImportProgress progress) {
        if (progress.isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
