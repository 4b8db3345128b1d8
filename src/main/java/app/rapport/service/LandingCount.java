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

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;

/**
 * The preview's numbers, worked out the way {@link DownloadApplier} writes, so that they equal what lands: each
 * person lands on the contact the user chose, the one the plan matched, or a new contact of their own; a day or
 * an occurrence two people bring to one contact is one interaction, and a link two people set is one state,
 * the one set last.
 */
final class LandingCount {

    private final DownloadPlan plan;
    private final Map<Integer, Long> chosen;
    private final Map<DownloadPlatform, Tally> tallies = new EnumMap<>(DownloadPlatform.class);
    // The links this import would set so far, as a later person landing on the same one finds them.
    private final Map<String, DownloadPlan.StoredState> set = new HashMap<>();

    LandingCount(DownloadPlan plan, Map<Integer, Long> chosen) {
        this.plan = plan;
        this.chosen = chosen;
    }

    Map<DownloadPlatform, DownloadPlan.Counts> count() {
        for (DownloadPlan.Person person : plan.people()) {
            Tally tally = tallies.computeIfAbsent(person.platform(), p -> new Tally());
            Optional<String> contact = landsOn(person);
            if (contact.isEmpty()) {
                if (person.match() == DownloadPlan.Match.AMBIGUOUS) {
                    tally.ambiguous++;
                } else {
                    tally.unmatched++;
                }
                continue;
            }
            if (person.match() == DownloadPlan.Match.NEW && !chosen.containsKey(person.id())) {
                tally.newPeople++;
            }
            if (person.keptState().isPresent()) {
                tally.kept++;
            } else {
                person.state().ifPresent(change -> setState(tally, person, contact.get(), change));
            }
            for (DownloadPlan.Visit visit : person.visits()) {
                String identity = contact.get() + "|" + DownloadedInteractions.sameFor(person.platform(), visit);
                if (!plan.stored().interactions().contains(identity) && tally.interactionsSeen.add(identity)) {
                    tally.interactions.add(visit.kind());
                }
            }
        }
        Map<DownloadPlatform, DownloadPlan.Counts> counts = new EnumMap<>(DownloadPlatform.class);
        tallies.forEach((platform, tally) -> counts.put(platform, tally.counts()));
        return counts;
    }

    /** The contact's id, "new" and the person's id for a contact the import makes, or none for a row left out. */
    private Optional<String> landsOn(DownloadPlan.Person person) {
        if (chosen.containsKey(person.id())) {
            return Optional.of(String.valueOf(chosen.get(person.id())));
        }
        return switch (person.match()) {
            case MATCHED -> Optional.of(String.valueOf(person.contactId()));
            case NEW -> Optional.of("new " + person.id());
            case AMBIGUOUS, UNMATCHED -> Optional.empty();
        };
    }

    private void setState(Tally tally, DownloadPlan.Person person, String contact, DownloadPlan.StateChange change) {
        String linkKey = contact + "|" + person.platform().platformId();
        LocalDate asOf = plan.asOf(person.platform(), change.on());
        Optional<DownloadPlan.StoredState> current = Optional.ofNullable(set.get(linkKey))
                .or(() -> Optional.ofNullable(plan.stored().links().get(linkKey)));
        // The plan weighed the user's newer state for the people it matched; a hand-picked contact's is weighed here.
        boolean usersNewer = chosen.containsKey(person.id())
                && current.flatMap(DownloadPlan.StoredState::knownOn).filter(day -> day.isAfter(asOf)).isPresent();
        if (usersNewer) {
            tally.kept++;
        } else if (current.isEmpty() || current.get().state() != change.state()) {
            set.put(linkKey, new DownloadPlan.StoredState(change.state(), Optional.of(asOf)));
            tally.states.put(linkKey, change.state());
        }
    }

    /** One platform's numbers so far. */
    private static final class Tally {
        private final Map<String, LinkState> states = new HashMap<>();
        private final List<InteractionKind> interactions = new ArrayList<>();
        private final Set<String> interactionsSeen = new HashSet<>();
        private int newPeople;
        private int ambiguous;
        private int unmatched;
        private int kept;

        DownloadPlan.Counts counts() {
            return new DownloadPlan.Counts(KindCounts.counting(states.values(), interactions), newPeople, ambiguous,
                    unmatched, kept);
        }
    }
}
