package app.rapport.service;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;

/**
 * How many links a download sets to each state and how many interactions of each kind it adds: the preview
 * counts what will land and the import what did, in this one shape, so that the two can be compared number by
 * number. Only numbers above zero are kept, so two counts of the same rows are equal.
 */
public record KindCounts(Map<LinkState, Integer> states, Map<InteractionKind, Integer> interactions) {

    public KindCounts {
        states = aboveZero(states);
        interactions = aboveZero(interactions);
    }

    /** One link per state given and one interaction per kind given. */
    static KindCounts counting(Collection<LinkState> states, Collection<InteractionKind> interactions) {
        Map<LinkState, Integer> byState = new EnumMap<>(LinkState.class);
        states.forEach(state -> byState.merge(state, 1, Integer::sum));
        Map<InteractionKind, Integer> byKind = new EnumMap<>(InteractionKind.class);
        interactions.forEach(kind -> byKind.merge(kind, 1, Integer::sum));
        return new KindCounts(byState, byKind);
    }

    public int state(LinkState state) {
        return states.getOrDefault(state, 0);
    }

    public int interactions(InteractionKind kind) {
        return interactions.getOrDefault(kind, 0);
    }

    /** Declined by either side: the user reads one number. */
    public int declined() {
        return state(LinkState.DECLINED_BY_ME) + state(LinkState.DECLINED_BY_THEM);
    }

    /** The links whose state the import sets. */
    public int stateTotal() {
        return states.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int interactionTotal() {
        return interactions.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <K> Map<K, Integer> aboveZero(Map<K, Integer> counts) {
        Map<K, Integer> kept = new HashMap<>(counts);
        kept.values().removeIf(n -> n <= 0);
        return Map.copyOf(kept);
    }
}
