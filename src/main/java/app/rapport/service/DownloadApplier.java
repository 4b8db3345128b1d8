package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.store.LinkRepository;
import app.rapport.store.RuleInputs;
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
    private final Set<String> remembered = new HashSet<>();
    private final Set<Long> touched = new HashSet<>();
    private final Map<DownloadPlatform, Integer> createdFrom = new EnumMap<>(DownloadPlatform.class);

    DownloadApplier(StoreTransaction tx, DownloadPlan plan, Map<Integer, Long> chosen, String run, LocalDate today) {
        this.tx = tx;
        this.plan = plan;
        this.chosen = chosen;
        this.run = run;
        this.today = today;
    }

    /** For a transaction that wrote other rows before these (an import of contact files with its downloads). */
    DownloadImportService.Result apply(WorkProgress progress) {
        return apply(null, progress);
    }

    /**
     * {@code committed}: the rules' inputs as committed before this transaction, which wrote nothing else, for
     * the follow-up rules after it; null to have them read again instead.
     */
    DownloadImportService.Result apply(RuleInputs committed, WorkProgress progress) {
        int total = plan.people().size() + 1;
        Map<Integer, Long> contacts = contacts(progress);
        // Every link and its source read once, not twice per person: 3,000 friends were 6,000 queries. And only
        // when a row may change a link: a messages.csv or a calendar changes none, and reading everyone's links
        // and sources was a tenth of the time of writing 200,000 days of messages.
        boolean changesLinks = plan.people().stream().anyMatch(person -> person.state().isPresent()
                || person.platform() == DownloadPlatform.INSTAGRAM);
        Map<String, Link> links = new HashMap<>();
        Map<String, LinkSource> sources = new HashMap<>();
        if (changesLinks) {
            tx.links().all().forEach(link -> links.put(link.contactId() + "|" + link.platformId(), link));
            tx.links().allSources().forEach(source -> sources.put(source.contactId() + "|" + source.platformId(),
                    source));
        }
        int done = 0;
        // A link two people of the download land on is one state set, however often it was written: the last.
        Map<DownloadPlatform, Map<String, LinkState>> statesSet = new EnumMap<>(DownloadPlatform.class);
        Map<DownloadPlatform, List<Interaction>> interactions = new EnumMap<>(DownloadPlatform.class);
        // Of those, the ones stored as rows of their own, with their keys; LinkedIn's message days are kept apart.
        Map<DownloadPlatform, List<Interaction>> rows = new EnumMap<>(DownloadPlatform.class);
        Map<DownloadPlatform, List<String>> keys = new EnumMap<>(DownloadPlatform.class);
        Map<Long, List<LocalDate>> messageDays = new HashMap<>();
        Map<DownloadPlatform, Set<String>> existing = new EnumMap<>(DownloadPlatform.class);
        Map<DownloadPlatform, Set<String>> ledgerKeys = new EnumMap<>(DownloadPlatform.class);
        Map<DownloadPlatform, List<LinkChange>> ledger = new EnumMap<>(DownloadPlatform.class);
        // Written together after the loop; a link two people land on keeps the state written last.
        Map<String, LinkRepository.FromSource> written = new HashMap<>();
        Set<String> storedBefore = new HashSet<>(links.keySet());
        for (DownloadPlan.Person person : plan.people()) {
            if (done % DownloadImportService.PEOPLE_PER_STEP == 0) {
                progress.stopIfCancelled(ImportService.CANCELLED);
                progress.worked(ImportService.IMPORTING, done, total);
            }
            done++;
            Long contactId = contacts.get(person.id());
            if (contactId == null) {
                continue;
            }
            String platformId = person.platform().platformId();
            String linkKey = contactId + "|" + platformId;
            Optional<Link> current = Optional.ofNullable(links.get(linkKey));
            Optional<LinkSource> source = Optional.ofNullable(sources.get(linkKey));
            if (person.state().isPresent() && person.keptState().isEmpty()) {
                DownloadPlan.StateChange change = person.state().get();
                LocalDate asOf = plan.asOf(person.platform(), change.on());
                boolean usersNewer = chosen.containsKey(person.id())
                        && knownOn(current, source).filter(day -> day.isAfter(asOf)).isPresent();
                if (!usersNewer && (current.isEmpty() || current.get().state() != change.state())) {
                    remember(linkKey, new DownloadUndo.LinkBefore(contactId, platformId, current, source));
                    String handle = current.map(Link::handle).filter(h -> !h.isEmpty()).orElse(person.handle());
                    Link link = new Link(contactId, platformId, change.state(), change.on(), handle);
                    written.put(linkKey, new LinkRepository.FromSource(link, person.platform().name(), asOf));
                    touched.add(contactId);
                    links.put(linkKey, link);
                    sources.put(linkKey, new LinkSource(contactId, platformId, person.platform().name(), asOf));
                    statesSet.computeIfAbsent(person.platform(), p -> new HashMap<>()).put(linkKey, change.state());
                    Set<String> seen = ledgerKeys.computeIfAbsent(person.platform(),
                            p -> new HashSet<>(tx.links().changeKeysFromSource(p.name())));
                    if (seen.add(linkKey + "|" + change.on() + "|" + change.state())) {
                        ledger.computeIfAbsent(person.platform(), p -> new ArrayList<>()).add(new LinkChange(contactId,
                                platformId, change.on(), current.map(Link::state).orElse(LinkState.NONE),
                                change.state()));
                    }
                }
            } else if (!person.handle().isEmpty() && person.platform() == DownloadPlatform.INSTAGRAM
                    && current.isPresent() && current.get().handle().isEmpty()) {
                // A handle learnt for matching later; the state stays the user's.
                remember(linkKey, new DownloadUndo.LinkBefore(contactId, platformId, current, source));
                Link link = current.get();
                Link learnt = new Link(contactId, platformId, link.state(), link.since(), person.handle());
                tx.links().put(learnt);
                links.put(linkKey, learnt);
            }
            Set<String> already = person.visits().isEmpty() ? Set.of() : existing.computeIfAbsent(
                    person.platform(), p -> DownloadedInteractions.stored(tx, p));
            for (DownloadPlan.Visit visit : person.visits()) {
                if (already.add(DownloadedInteractions.identity(person.platform(), contactId, visit))) {
                    Interaction interaction = new Interaction(null, contactId, visit.day(), visit.kind(), "");
                    interactions.computeIfAbsent(person.platform(), p -> new ArrayList<>()).add(interaction);
                    if (DownloadedInteractions.isMessageDay(person.platform(), visit)) {
                        messageDays.computeIfAbsent(contactId, contact -> new ArrayList<>()).add(visit.day());
                    } else {
                        rows.computeIfAbsent(person.platform(), p -> new ArrayList<>()).add(interaction);
                        keys.computeIfAbsent(person.platform(), p -> new ArrayList<>())
                                .add(DownloadedInteractions.sourceKey(person.platform(), visit));
                    }
                    touched.add(contactId);
                }
            }
        }
        progress.stopIfCancelled(ImportService.CANCELLED);
        tx.links().putAllFromSource(written.values(),
                link -> storedBefore.contains(link.contactId() + "|" + link.platformId()));
        for (Map.Entry<DownloadPlatform, List<LinkChange>> entry : ledger.entrySet()) {
            tx.links().addChangesFromSource(entry.getValue(), entry.getKey().name(), run);
        }
        for (Map.Entry<DownloadPlatform, List<Interaction>> entry : rows.entrySet()) {
            tx.interactions().insertFromSource(entry.getValue(), keys.get(entry.getKey()), entry.getKey().name(), run,
                    () -> progress.stopIfCancelled(ImportService.CANCELLED));
        }
        tx.interactions().insertMessageDays(messageDays, run);
        // The follow-up rules after the rows, for those the rows are about: re-reading all 300,000 interactions
        // of a large store took longer than writing a Facebook download.
        if (committed == null) {
            FollowUpQueue.reevaluateTouched(tx, touched, today);
        } else {
            Map<Long, List<Interaction>> added = new HashMap<>();
            interactions.values().forEach(platform -> platform.forEach(interaction -> added
                    .computeIfAbsent(interaction.contactId(), contact -> new ArrayList<>()).add(interaction)));
            Map<Long, List<Link>> linksNow = changesLinks
                    ? links.values().stream().collect(Collectors.groupingBy(Link::contactId)) : committed.links();
            FollowUpQueue.reevaluateImported(tx, committed, created.isEmpty() ? List.of()
                    : tx.contacts().forRules(created), linksNow, added, touched, today);
        }
        progress.stopIfCancelled(ImportService.CANCELLED);
        progress.worked(ImportService.IMPORTING, total, total);
        return new DownloadImportService.Result(landed(statesSet, interactions, ledger),
                new DownloadUndo(run, created, before));
    }

    /** What landed from each platform of the plan, named even when nothing of it was new. */
    private Map<DownloadPlatform, DownloadImportService.Landed> landed(
            Map<DownloadPlatform, Map<String, LinkState>> states, Map<DownloadPlatform, List<Interaction>> interactions,
            Map<DownloadPlatform, List<LinkChange>> ledger) {
        Map<DownloadPlatform, DownloadImportService.Landed> landed = new EnumMap<>(DownloadPlatform.class);
        plan.people().forEach(person -> landed.computeIfAbsent(person.platform(), platform -> {
            List<Interaction> added = interactions.getOrDefault(platform, List.of());
            KindCounts kinds = KindCounts.counting(states.getOrDefault(platform, Map.of()).values(),
                    added.stream().map(Interaction::kind).toList());
            return new DownloadImportService.Landed(kinds, createdFrom.getOrDefault(platform, 0),
                    ledger.getOrDefault(platform, List.of()).size());
        }));
        return landed;
    }

    /** How a link was before this import first changed it: what undo puts back, even if two rows changed it. */
    private void remember(String linkKey, DownloadUndo.LinkBefore link) {
        if (remembered.add(linkKey)) {
            before.add(link);
        }
    }

    /**
     * Whom each person lands on, by person id: the user's pick, the contact the plan matched, or a new contact;
     * the new ones are written together.
     */
    private Map<Integer, Long> contacts(WorkProgress progress) {
        Map<Integer, Long> contacts = new HashMap<>();
        List<DownloadPlan.Person> newPeople = new ArrayList<>();
        for (DownloadPlan.Person person : plan.people()) {
            if (chosen.containsKey(person.id())) {
                contacts.put(person.id(), chosen.get(person.id()));
            } else if (person.match() == DownloadPlan.Match.MATCHED) {
                contacts.put(person.id(), person.contactId());
            } else if (person.match() == DownloadPlan.Match.NEW) {
                newPeople.add(person);
            }
        }
        progress.stopIfCancelled(ImportService.CANCELLED);
        List<Long> ids = tx.contacts().insertAll(newPeople.stream().map(this::newContact).toList());
        for (int i = 0; i < ids.size(); i++) {
            contacts.put(newPeople.get(i).id(), ids.get(i));
        }
        created.addAll(ids);
        touched.addAll(ids);
        newPeople.forEach(person -> createdFrom.merge(person.platform(), 1, Integer::sum));
        return contacts;
    }

    private Contact newContact(DownloadPlan.Person person) {
        String[] words = person.name().strip().split("\\s+", 2);
        return Contact.builder().displayName(person.name()).givenName(words[0])
                .familyName(words.length > 1 ? words[1] : "").category(Category.UNDECIDED)
                .howWeMet(person.platform().sourceName()).addedOn(today).build();
    }

    /**
     * The day the stored state was known, for a contact the user picked by hand: the plan could not weigh their
     * newer state against the download's, as it did for the people it matched itself.
     */
    private static Optional<LocalDate> knownOn(Optional<Link> current, Optional<LinkSource> source) {
        return current.flatMap(link -> source.map(LinkSource::on).or(link::knownSince));
    }
}
