package app.rapport.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadList;
import app.rapport.interchange.download.DownloadPlatform;

/**
 * What importing downloads would do, person by person, before anything is written: whom each row matched (or
 * that it matched several, or no one), the state it would set and the interactions it would add. The preview
 * shows it; the user settles ambiguous and unmatched people; applying it writes exactly this.
 */
public record DownloadPlan(List<Person> people, Map<DownloadPlatform, LocalDate> exportedOn, List<String> files,
        Stored stored) {

    public DownloadPlan {
        people = List.copyOf(people);
        exportedOn = Map.copyOf(exportedOn);
        files = List.copyOf(files);
    }

    /**
     * What the store held, when planning, that a row the user links by hand is weighed against, since that row
     * may land on any contact: each link's state and the day it was known, by "contact|platform", and which of
     * the unsettled rows' interactions a contact already has, as {@link DownloadedInteractions#identity} words
     * them. The people the plan matched itself were weighed against the store already.
     */
    public record Stored(Map<String, StoredState> links, Set<String> interactions) {

        public Stored {
            links = Map.copyOf(links);
            interactions = Set.copyOf(interactions);
        }
    }

    public record StoredState(LinkState state, Optional<LocalDate> knownOn) {
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

    /**
     * A day spent with the person, unique within its source by {@code sourceKey}; a LinkedIn message day is unique
     * by its day, and its key (null here) is worded only if it is stored as an interaction of its own.
     */
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

    /** The preview's numbers for one platform: what lands, the new people, and the rows that do not land. */
    public record Counts(KindCounts kinds, int newPeople, int ambiguous, int unmatched, int kept) {
    }

    /**
     * The numbers per platform, counting what would land with the user's choices ({@code chosen}: person id to
     * contact id, for ambiguous and unmatched people the user settled), as the import would write it.
     */
    public Map<DownloadPlatform, Counts> counts(Map<Integer, Long> chosen) {
        return new LandingCount(this, chosen).count();
    }

    /** The day a state from {@code platform} was known: the download's date, or the row's if that is later. */
    LocalDate asOf(DownloadPlatform platform, LocalDate rowDay) {
        return asOf(exportedOn, platform, rowDay);
    }

    static LocalDate asOf(Map<DownloadPlatform, LocalDate> exportedOn, DownloadPlatform platform, LocalDate rowDay) {
        LocalDate exported = exportedOn.get(platform);
        return exported == null || exported.isBefore(rowDay) ? rowDay : exported;
    }

    public List<Person> ambiguous() {
        return people.stream().filter(person -> person.match() == Match.AMBIGUOUS).toList();
    }

    public List<Person> unmatched() {
        return people.stream().filter(person -> person.match() == Match.UNMATCHED).toList();
    }
}
