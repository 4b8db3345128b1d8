package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.store.StoreTransaction;

/**
 * An import's word on links, worked out in memory against the links stored before it and written in two
 * batches at the end: one look-up and up to three statements per row made a 30,000-row import a matter of
 * minutes.
 */
final class LinkUpdates {

    private record Key(long contactId, String platformId) {
    }

    private final LocalDate today;
    private final Map<Key, Link> current = new HashMap<>();
    private final Set<Key> stored = new HashSet<>();
    private final Map<Key, Link> toPut = new LinkedHashMap<>();
    private final List<LinkChange> changes = new ArrayList<>();

    private LinkUpdates(LocalDate today) {
        this.today = today;
    }

    /** Only contacts that existed before the import can have links already, so only then are they read. */
    static LinkUpdates of(StoreTransaction tx, ImportPlan plan, LocalDate today) {
        LinkUpdates updates = new LinkUpdates(today);
        boolean touchesStored = plan.contacts().stream().anyMatch(planned -> planned.target() > 0)
                || plan.requests().stream().anyMatch(planned -> planned.target() > 0);
        if (touchesStored) {
            for (Link link : tx.links().all()) {
                Key key = new Key(link.contactId(), link.platformId());
                updates.current.put(key, link);
                updates.stored.add(key);
            }
        }
        return updates;
    }

    /**
     * The file's word on a link, unless it would step back: a connection is not undone by an old invitation,
     * and a link already in that state keeps its date.
     */
    void record(long contactId, String platformId, LinkState state, LocalDate since, String handle) {
        Key key = new Key(contactId, platformId);
        Link was = current.get(key);
        LinkState wasState = was == null ? LinkState.NONE : was.state();
        String keptHandle = was != null && !was.handle().isBlank() ? was.handle() : handle;
        boolean stepBack = wasState == LinkState.CONNECTED && state != LinkState.CONNECTED;
        if (was == null && state == LinkState.NONE) {
            // A profile without a connection: worth keeping as a handle, not as a change of state.
            if (!handle.isBlank()) {
                put(key, new Link(contactId, platformId, LinkState.NONE, today, handle));
            }
            return;
        }
        if (wasState == state || stepBack) {
            if (was != null && !keptHandle.equals(was.handle())) {
                put(key, new Link(contactId, platformId, wasState, was.since(), keptHandle));
            }
            return;
        }
        // A day the file did not give stays unknown: the import day would make old news look new.
        put(key, new Link(contactId, platformId, state, since, keptHandle));
        changes.add(new LinkChange(contactId, platformId, since, wasState, state));
    }

    void write(StoreTransaction tx) {
        Map<Boolean, List<Link>> storedBefore = toPut.entrySet().stream().collect(Collectors.partitioningBy(
                entry -> stored.contains(entry.getKey()), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        tx.links().updateAll(storedBefore.get(true));
        tx.links().insertAll(storedBefore.get(false));
        tx.links().addChanges(changes);
    }

    private void put(Key key, Link link) {
        current.put(key, link);
        toPut.put(key, link);
    }
}
