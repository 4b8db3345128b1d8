package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Settings;
import app.rapport.store.Store;

/** Verdicts for one contact or for everyone, read in one transaction and computed by the pure engine. */
public final class ReadinessService {

    private final Store store;
    private final Clock clock;
    private final ReadinessRows rows;

    ReadinessService(Store store, Clock clock, ReadinessRows rows) {
        this.store = store;
        this.clock = clock;
        this.rows = rows;
    }

    public ContactReadiness forContact(long contactId) {
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> {
            Contact contact = tx.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            List<Platform> platforms = tx.platforms().all();
            List<Link> links = tx.links().ofContact(contactId);
            List<Interaction> interactions = tx.interactions().ofContact(contactId);
            Settings settings = tx.settings().ruleSettings();
            List<PlatformReadiness> cards = new ArrayList<>();
            for (Platform platform : visible(platforms)) {
                ReadinessEngine.evaluate(contact, links, interactions, settings, platform, platforms, today)
                        .ifPresent(verdict -> cards.add(new PlatformReadiness(platform,
                                Optional.ofNullable(Link.on(links, platform.id())),
                                verdict)));
            }
            List<FollowUp> open = tx.followUps().ofContact(contactId).stream()
                    .filter(followUp -> followUp.status() == FollowUpStatus.OPEN).toList();
            return new ContactReadiness(contact, cards, interactions, tx.links().history(contactId), open);
        });
    }

    /**
     * Every active contact on every visible platform, from the store's rule inputs, then pure computation. While
     * the contacts table's rows are those the last close left, in the order it named, the rows come in that
     * order too, named: checking the order of 30,000 names cost Readiness's first visit hundreds of ms.
     */
    public ReadinessMatrix matrix() {
        ActiveContacts everyone = ActiveContacts.of(store.ruleInputs());
        ReadinessMatrix matrix = new ReadinessMatrix(everyone.visiblePlatforms(), rows.of(everyone,
                LocalDate.now(clock)));
        return store.summariesAtOpen().map(matrix::inOrderOf).orElse(matrix);
    }

    /** The platforms the matrix has a column for, in the user's order. */
    public List<Platform> visiblePlatforms() {
        return visible(store.transact(tx -> tx.platforms().all()));
    }

    static List<Platform> visible(List<Platform> platforms) {
        return platforms.stream().filter(platform -> !platform.hidden()).toList();
    }
}
