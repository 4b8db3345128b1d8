package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Settings;
import app.rapport.domain.Verdict;
import app.rapport.store.Store;

/** Verdicts for one contact or for everyone, read in one transaction and computed by the pure engine. */
public final class ReadinessService {

    private final Store store;
    private final Clock clock;

    public ReadinessService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
                                links.stream().filter(l -> l.platformId().equals(platform.id())).findFirst(),
                                verdict)));
            }
            List<FollowUp> open = tx.followUps().ofContact(contactId).stream()
                    .filter(followUp -> followUp.status() == FollowUpStatus.OPEN).toList();
            return new ContactReadiness(contact, cards, interactions, tx.links().history(contactId), open);
        });
    }

    /** Every active contact on every visible platform: three bulk queries, then pure computation. */
    public ReadinessMatrix matrix() {
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> {
            List<Platform> platforms = tx.platforms().all();
            List<Platform> shown = visible(platforms);
            Settings settings = tx.settings().ruleSettings();
            Map<Long, List<Link>> links = byContact(tx.links().all(), Link::contactId);
            Map<Long, List<Interaction>> interactions = byContact(tx.interactions().all(), Interaction::contactId);
            List<ReadinessRow> rows = new ArrayList<>();
            for (Contact contact : tx.contacts().activeForRules()) {
                List<Link> own = links.getOrDefault(contact.id(), List.of());
                List<Interaction> met = interactions.getOrDefault(contact.id(), List.of());
                Map<String, Verdict> verdicts = new HashMap<>();
                for (Platform platform : shown) {
                    ReadinessEngine.evaluate(contact, own, met, settings, platform, platforms, today)
                            .ifPresent(verdict -> verdicts.put(platform.id(), verdict));
                }
                Map<String, Link> linkByPlatform = new HashMap<>();
                own.forEach(link -> linkByPlatform.put(link.platformId(), link));
                rows.add(new ReadinessRow(contact, verdicts, linkByPlatform));
            }
            return new ReadinessMatrix(shown, rows);
        });
    }

    static List<Platform> visible(List<Platform> platforms) {
        return platforms.stream().filter(platform -> !platform.hidden()).toList();
    }

    private static <T> Map<Long, List<T>> byContact(List<T> items, Function<T, Long> contactId) {
        return items.stream().collect(Collectors.groupingBy(contactId));
    }
}
