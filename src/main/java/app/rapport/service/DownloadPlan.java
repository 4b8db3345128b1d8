package app.rapport.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadList;
import app.rapport.interchange.download.DownloadPlatform;

/**
 * What importing downloads would do, person by person, before anything is written: whom each row matched (or
 * that it matched several, or no one), the state it would set and the interactions it would add. The preview
 * shows it; the user settles ambiguous and unmatched people; applying it writes exactly this.
 */
public record DownloadPlan(List<Person> people, Map<DownloadPlatform, LocalDate> exportedOn, List<String> files) {

    public DownloadPlan {
        people = List.copyOf(people);
        exportedOn = Map.copyOf(exportedOn);
        files = List.copyOf(files);
    }

    public enum Match {
        /** Exactly one contact. */
        MATCHED,
        /** No contact, and the row makes one (a Facebook friend or request). */
        NEW,
        /** Several contacts: the user picks one, or none. */
        AMBIGUOUS,
        /** No contact, and the row makes none: the user may link it to one by hand. */
        UNMATCHED
    }

    public record Candidate(long contactId, String displayName) {
    }

    /** A state the download says the link is in, as of {@code on}. */
    public record StateChange(DownloadList list, LinkState state, LocalDate on) {
    }

    /** A day spent with the person, unique within its source by {@code sourceKey}. */
    public record Visit(LocalDate day, InteractionKind kind, String sourceKey) {
    }

    /**
     * One person of one download. {@code shown} is how the preview names them (a name, "@handle", an address
     * or a profile URL); {@code handle} is learnt for their link (Instagram). {@code keptState} tells that the
     * user recorded a newer state, which wins.
     */
    public record Person(int id, DownloadPlatform platform, String shown, String name, String handle, Match match,
            Long contactId, List<Candidate> candidates, Optional<StateChange> state, List<Visit> visits,
            Optional<LinkState> keptState, String file) {

        public Person {
            candidates = List.copyOf(candidates);
            visits = List.copyOf(visits);
        }

        public boolean settled() {
            return match == Match.MATCHED || match == Match.NEW;
        }
    }

    /** The preview's numbers for one platform. */
    public record Counts(int connected, int requestsSent, int requestsReceived, int declined, int removed,
            Map<InteractionKind, Integer> interactions, int newPeople, int ambiguous, int unmatched, int kept) {

        public int interactionTotal() {
            return interactions.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The numbers per platform, counting what would land with the user's choices ({@code chosen}: person id to
     * contact id, for ambiguous and unmatched people the user settled).
     */
    public Map<DownloadPlatform, Counts> counts(Map<Integer, Long> chosen) {
        Map<DownloadPlatform, int[]> numbers = new EnumMap<>(DownloadPlatform.class);
        Map<DownloadPlatform, Map<InteractionKind, Integer>> kinds = new EnumMap<>(DownloadPlatform.class);
        for (Person person : people) {
            int[] n = numbers.computeIfAbsent(person.platform(), p -> new int[9]);
            Map<InteractionKind, Integer> byKind = kinds.computeIfAbsent(person.platform(),
                    p -> new EnumMap<>(InteractionKind.class));
            boolean lands = person.settled() || chosen.containsKey(person.id());
            if (person.match() == Match.AMBIGUOUS && !chosen.containsKey(person.id())) {
                n[6]++;
            }
            if (person.match() == Match.UNMATCHED && !chosen.containsKey(person.id())) {
                n[7]++;
            }
            if (!lands) {
                continue;
            }
            if (person.match() == Match.NEW) {
                n[5]++;
            }
            if (person.keptState().isPresent()) {
                n[8]++;
            } else {
                person.state().ifPresent(change -> {
                    switch (change.state()) {
                        case CONNECTED -> n[0]++;
                        case REQUEST_SENT -> n[1]++;
                        case REQUEST_RECEIVED -> n[2]++;
                        case DECLINED_BY_ME, DECLINED_BY_THEM -> n[3]++;
                        case REMOVED -> n[4]++;
                        case NONE -> { }
                    }
                });
            }
            person.visits().forEach(visit -> byKind.merge(visit.kind(), 1, Integer::sum));
        }
        Map<DownloadPlatform, Counts> counts = new EnumMap<>(DownloadPlatform.class);
        numbers.forEach((platform, n) -> counts.put(platform, new Counts(n[0], n[1], n[2], n[3], n[4],
                Map.copyOf(kinds.get(platform)), n[5], n[6], n[7], n[8])));
        return counts;
    }

    public List<Person> ambiguous() {
        return people.stream().filter(person -> person.match() == Match.AMBIGUOUS).toList();
    }

    public List<Person> unmatched() {
        return people.stream().filter(person -> person.match() == Match.UNMATCHED).toList();
    }
}
