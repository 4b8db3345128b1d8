package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.Download;
import app.rapport.interchange.download.DownloadList;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.interchange.download.Meeting;
import app.rapport.interchange.download.MessageDay;
import app.rapport.interchange.download.RelationshipRow;
import app.rapport.store.StoreTransaction;

/** Matches every row of a download against the store as it is, and groups rows into people. */
final class DownloadPlanner {

    private final StoreTransaction tx;
    private final Download download;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, Set<Long>> byName = new HashMap<>();
    private final Map<String, Set<Long>> byEmail = new HashMap<>();
    private final Map<String, Map<String, Set<Long>>> byProfile = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, LinkSource> sources = new HashMap<>();
    private final Map<DownloadPlatform, Set<String>> keysBySource = new HashMap<>();
    private final List<DownloadPlan.Person> people = new ArrayList<>();

    DownloadPlanner(StoreTransaction tx, Download download) {
        this.tx = tx;
        this.download = download;
        // Only what this download's rows are matched by and weighed against. A LinkedIn messages.csv matches by
        // profile URL alone and sets no state: folding 60,000 names and reading everyone's links and their
        // sources was a third of the time of planning it.
        boolean relationships = !download.relationships().isEmpty();
        if (download.relationships().stream().anyMatch(row -> row.platform() == DownloadPlatform.FACEBOOK)) {
            for (Contact contact : tx.contacts().activeForRules()) {
                names.put(contact.id(), contact.displayName());
                index(byName, NameFold.of(contact.displayName()), contact.id());
                index(byName, NameFold.of(contact.givenName() + " " + contact.familyName()), contact.id());
            }
        } else {
            names.putAll(tx.contacts().activeDisplayNames());
        }
        if (!download.meetings().isEmpty()) {
            tx.contacts().allEmails().forEach((id, emails) -> {
                if (names.containsKey(id)) {
                    emails.forEach(email -> index(byEmail, email.strip().toLowerCase(Locale.ROOT), id));
                }
            });
        }
        List<Link> stored = relationships ? tx.links().all() : download.messageDays().isEmpty() ? List.of()
                : tx.links().onPlatform(DownloadPlatform.LINKEDIN.platformId());
        for (Link link : stored) {
            links.put(link.contactId() + "|" + link.platformId(), link);
            if (names.containsKey(link.contactId())) {
                index(byProfile.computeIfAbsent(link.platformId(), p -> new HashMap<>()),
                        ProfileKey.of(link.handle()), link.contactId());
                if (link.handle().isEmpty()) {
                    // A one-word name ("Madonna") matches only someone already on that platform by that name.
                    index(byProfile.computeIfAbsent(link.platformId(), p -> new HashMap<>()),
                            "name:" + NameFold.oneWord(names.get(link.contactId())), link.contactId());
                }
            }
        }
        if (relationships) {
            tx.links().allSources().forEach(source -> sources.put(source.contactId() + "|" + source.platformId(),
                    source));
        }
    }

    private static void index(Map<String, Set<Long>> index, String key, long id) {
        if (!key.isEmpty() && !key.equals("name:")) {
            index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
    }

    DownloadPlan plan(Set<String> own) {
        planRelationships();
        planMessages();
        planMeetings(own);
        return new DownloadPlan(people, download.exportedOn(), download.files(), storedForHandPicking());
    }

    /** What the rows left to the user are weighed against once they are linked by hand. */
    private DownloadPlan.Stored storedForHandPicking() {
        List<DownloadPlan.Person> unsettled = people.stream().filter(person -> !person.settled()).toList();
        Set<String> platformIds = unsettled.stream().filter(person -> person.state().isPresent())
                .map(person -> person.platform().platformId()).collect(Collectors.toSet());
        Map<String, DownloadPlan.StoredState> states = new HashMap<>();
        links.values().stream().filter(link -> platformIds.contains(link.platformId()))
                .forEach(link -> states.put(link.contactId() + "|" + link.platformId(),
                        new DownloadPlan.StoredState(link.state(), knownOn(link))));
        Set<String> interactions = new HashSet<>();
        unsettled.stream().collect(Collectors.groupingBy(DownloadPlan.Person::platform)).forEach((platform, rows) -> {
            Set<String> visits = rows.stream().flatMap(person -> person.visits().stream())
                    .map(visit -> DownloadedInteractions.sameFor(platform, visit)).collect(Collectors.toSet());
            if (!visits.isEmpty()) {
                existingKeys(platform).stream()
                        .filter(identity -> visits.contains(identity.substring(identity.indexOf('|') + 1)))
                        .forEach(interactions::add);
            }
        });
        return new DownloadPlan.Stored(states, interactions);
    }

    private void planRelationships() {
        Map<String, List<RelationshipRow>> byPerson = new LinkedHashMap<>();
        for (RelationshipRow row : download.relationships()) {
            String who = row.platform() == DownloadPlatform.FACEBOOK
                    ? "name:" + (NameFold.of(row.name()).isEmpty() ? row.name().toLowerCase(Locale.ROOT)
                            : NameFold.of(row.name()))
                    : "handle:" + ProfileKey.of(row.handle());
            byPerson.computeIfAbsent(row.platform() + "|" + who, k -> new ArrayList<>()).add(row);
        }
        for (List<RelationshipRow> rows : byPerson.values()) {
            RelationshipRow first = rows.getFirst();
            String platformId = first.platform().platformId();
            Optional<RelationshipRow> latest = rows.stream().filter(row -> row.list().state().isPresent())
                    .max(Comparator.comparing(RelationshipRow::on));
            Set<Long> candidates;
            if (first.platform() == DownloadPlatform.FACEBOOK) {
                String key = NameFold.of(first.name());
                candidates = key.isEmpty()
                        ? profileCandidates(platformId, "name:" + NameFold.oneWord(first.name()))
                        : byName.getOrDefault(key, Set.of());
            } else {
                candidates = profileCandidates(platformId, ProfileKey.of(first.handle()));
            }
            boolean makesContact = first.platform() == DownloadPlatform.FACEBOOK && latest.isPresent()
                    && Set.of(DownloadList.FRIENDS, DownloadList.REQUESTS_SENT, DownloadList.REQUESTS_RECEIVED)
                            .contains(latest.get().list());
            DownloadPlan.Match match = match(candidates, makesContact);
            Long contactId = candidates.size() == 1 ? candidates.iterator().next() : null;
            Optional<DownloadPlan.StateChange> state = latest.map(row ->
                    new DownloadPlan.StateChange(row.list(), row.list().state().orElseThrow(), row.on()));
            Optional<LinkState> kept = Optional.empty();
            if (contactId != null && state.isPresent()) {
                Link current = links.get(contactId + "|" + platformId);
                LocalDate asOf = DownloadPlan.asOf(download.exportedOn(), first.platform(), state.get().on());
                if (current != null && current.state() == state.get().state()) {
                    state = Optional.empty();
                } else if (current != null && knownOn(current).filter(day -> day.isAfter(asOf)).isPresent()) {
                    kept = Optional.of(current.state());
                }
            }
            people.add(new DownloadPlan.Person(people.size(), first.platform(), first.shown(), first.name(),
                    first.handle(), match, contactId, candidateList(candidates), state, List.of(), kept,
                    first.file()));
        }
    }

    private void planMessages() {
        if (download.messageDays().isEmpty()) {
            return;
        }
        // A few hundred people write 200,000 days: each of their URLs is made a key once.
        Map<String, String> keys = new HashMap<>();
        Map<String, List<MessageDay>> byPartner = new LinkedHashMap<>();
        download.messageDays().forEach(day -> byPartner.computeIfAbsent(keys.computeIfAbsent(
                day.partnerProfileUrl(), ProfileKey::of), k -> new ArrayList<>()).add(day));
        Set<String> existing = existingKeys(DownloadPlatform.LINKEDIN);
        byPartner.forEach((key, days) -> {
            MessageDay first = days.getFirst();
            Set<Long> candidates = profileCandidates(DownloadPlatform.LINKEDIN.platformId(), key);
            Set<LocalDate> seen = new HashSet<>();
            List<DownloadPlan.Visit> visits = new ArrayList<>();
            for (MessageDay day : days) {
                if (seen.add(day.day())) {
                    visits.add(new DownloadPlan.Visit(day.day(), InteractionKind.MESSAGE, null));
                }
            }
            addWithVisits(DownloadPlatform.LINKEDIN, first.partnerName().isEmpty() ? first.partnerProfileUrl()
                    : first.partnerName(), first.partnerName(), first.partnerProfileUrl(), candidates, visits,
                    existing, first.file());
        });
    }

    private void planMeetings(Set<String> own) {
        if (download.meetings().isEmpty()) {
            return;
        }
        Map<String, Map<String, DownloadPlan.Visit>> byAddress = new TreeMap<>();
        Map<String, String> files = new HashMap<>();
        for (Meeting meeting : download.meetings()) {
            for (String address : meeting.attendees()) {
                if (own.contains(address)) {
                    continue;
                }
                byAddress.computeIfAbsent(address, a -> new LinkedHashMap<>()).putIfAbsent(meeting.sourceKey(),
                        new DownloadPlan.Visit(meeting.day(), meeting.kind(), meeting.sourceKey()));
                files.putIfAbsent(address, meeting.file());
            }
        }
        Set<String> existing = existingKeys(DownloadPlatform.CALENDAR);
        byAddress.forEach((address, visits) -> addWithVisits(DownloadPlatform.CALENDAR, address, "", address,
                byEmail.getOrDefault(address, Set.of()), List.copyOf(visits.values()), existing,
                files.get(address)));
    }

    private void addWithVisits(DownloadPlatform platform, String shown, String name, String handle,
            Set<Long> candidates, List<DownloadPlan.Visit> visits, Set<String> existing, String file) {
        Long contactId = candidates.size() == 1 ? candidates.iterator().next() : null;
        List<DownloadPlan.Visit> fresh = contactId == null || existing.isEmpty() ? visits : visits.stream()
                .filter(visit -> !existing.contains(DownloadedInteractions.identity(platform, contactId, visit)))
                .toList();
        if (contactId != null && fresh.isEmpty()) {
            return;
        }
        people.add(new DownloadPlan.Person(people.size(), platform, shown, name, handle, match(candidates, false),
                contactId, candidateList(candidates), Optional.empty(), fresh, Optional.empty(), file));
    }

    private Set<String> existingKeys(DownloadPlatform platform) {
        return keysBySource.computeIfAbsent(platform, p -> DownloadedInteractions.stored(tx, p));
    }

    private Set<Long> profileCandidates(String platformId, String key) {
        return byProfile.getOrDefault(platformId, Map.of()).getOrDefault(key, Set.of());
    }

    private static DownloadPlan.Match match(Set<Long> candidates, boolean makesContact) {
        if (candidates.size() == 1) {
            return DownloadPlan.Match.MATCHED;
        }
        if (candidates.size() > 1) {
            return DownloadPlan.Match.AMBIGUOUS;
        }
        return makesContact ? DownloadPlan.Match.NEW : DownloadPlan.Match.UNMATCHED;
    }

    private List<DownloadPlan.Candidate> candidateList(Collection<Long> ids) {
        if (ids.size() < 2) {
            return List.of();
        }
        return ids.stream().sorted().map(id -> new DownloadPlan.Candidate(id, names.get(id))).toList();
    }

    /** The day the stored state was known; a state whose day nobody knows gives way to the download's. */
    private Optional<LocalDate> knownOn(Link current) {
        LinkSource source = sources.get(current.contactId() + "|" + current.platformId());
        return source == null ? current.knownSince() : Optional.of(source.on());
    }
}
