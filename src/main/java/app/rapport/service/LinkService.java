package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import app.rapport.domain.DayText;
import app.rapport.domain.FieldError;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.store.ContactRows;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/**
 * The request ledger: each change of a link's state is dated (today, or an earlier day the user gives, for a
 * request noticed late) and kept in the history; the rules use that day.
 */
public final class LinkService {


    public static final int HANDLE_MAX = 500;

    private final Store store;
    private final Clock clock;

    public LinkService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Moves the link to {@code state} as of today; no change when it is already there. */
    public RowsUndo changeState(long contactId, String platformId, LinkState state) {
        return changeState(contactId, platformId, state, LocalDate.now(clock));
    }

    /**
     * Moves the link to {@code state} as of {@code on}, a day that has passed (a request noticed a week late);
     * the ledger and every rule date the change that day. No change when it is already there, except that a
     * state whose day was not known (a file's date that could not be read) gets this day. The result takes it
     * back with {@link #undo}: the link's state, its source and its ledger as they were, and the follow-ups.
     *
     * @throws ValidationException when {@code on} is in the future, or before the link's last change
     */
    public RowsUndo changeState(long contactId, String platformId, LinkState state, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        if (on == null) {
            throw invalid("Pick the day it happened.");
        }
        if (on.isAfter(today)) {
            throw invalid("The day it happened cannot be in the future: pick today or an earlier day.");
        }
        return store.transact(tx -> {
            Optional<Link> current = tx.links().find(contactId, platformId);
            current.filter(link -> link.state() != LinkState.NONE && link.since() != null
                    && on.isBefore(link.since())).ifPresent(link -> {
                        throw invalid("The last change on this platform was on " + link.since()
                                + ": pick that day or a later one.");
                    });
            ContactRows before = tx.contacts().rowsOf(Set.of(contactId));
            recordState(tx, contactId, platformId, state, on);
            FollowUpQueue.reevaluate(tx, contactId, today);
            String platform = tx.platforms().all().stream().filter(p -> p.id().equals(platformId))
                    .map(Platform::name).findFirst().orElse(platformId);
            LinkState was = current.map(Link::state).orElse(LinkState.NONE);
            String what = was == state ? " dated " + DayText.of(on) : " (was " + was.label().toLowerCase() + ")";
            return new RowsUndo(platform + ": " + state.label() + what,
                    List.of(contactId), before, tx.contacts().rowsOf(Set.of(contactId)));
        });
    }

    /**
     * Takes back a {@link #changeState}: the contact's link, ledger and follow-ups exactly as they were.
     *
     * @throws IllegalStateException when the contact changed since; nothing was changed
     */
    public void undo(RowsUndo change) {
        LocalDate today = LocalDate.now(clock);
        store.transactVoid(tx -> change.takeBack(tx, today));
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(List.of(new FieldError("on", message)));
    }

    /** The one place a link's state changes, so the history never misses a step; {@code on} dates it. */
    static void recordState(StoreTransaction tx, long contactId, String platformId, LinkState state, LocalDate on) {
        Link current = tx.links().find(contactId, platformId)
                .orElse(new Link(contactId, platformId, LinkState.NONE, on, ""));
        if (current.state() == state) {
            if (current.since() == null) {
                tx.links().put(new Link(contactId, platformId, state, on, current.handle()));
                tx.links().dateUnknownChanges(contactId, platformId, state, on);
            }
            return;
        }
        tx.links().put(new Link(contactId, platformId, state, on, current.handle()));
        tx.links().forgetSource(contactId, platformId);
        tx.links().addChange(new LinkChange(contactId, platformId, on, current.state(), state));
    }

    /** Sets the handle or profile URL, keeping the state and its date. */
    public void setHandle(long contactId, String platformId, String handle) {
        String cleaned = handle == null ? "" : handle.strip();
        if (cleaned.length() > HANDLE_MAX) {
            throw new ValidationException(List.of(new FieldError("handle",
                    "A handle or profile URL can have at most " + HANDLE_MAX + " characters.")));
        }
        LocalDate today = LocalDate.now(clock);
        store.transactVoid(tx -> {
            tx.touched(contactId);
            Link current = tx.links().find(contactId, platformId)
                    .orElse(new Link(contactId, platformId, LinkState.NONE, today, ""));
            tx.links().put(new Link(contactId, platformId, current.state(), current.since(), cleaned));
        });
    }

    /**
     * Where the states of a contact's links came from, by platform id, in the words the contact page shows
     * beside each ("Facebook download, 28 Nov 2026"). A link whose state the user set has none.
     */
    public Map<String, String> sourcesOf(long contactId) {
        Map<String, String> sources = new TreeMap<>();
        store.transact(tx -> tx.links().sourcesOf(contactId))
                .forEach(source -> sources.put(source.platformId(), describe(source)));
        return sources;
    }

    static String describe(LinkSource source) {
        String name;
        try {
            name = DownloadPlatform.valueOf(source.source()).sourceName();
        } catch (IllegalArgumentException unknown) {
            name = source.source();
        }
        return name + ", " + DayText.of(source.on());
    }
}
