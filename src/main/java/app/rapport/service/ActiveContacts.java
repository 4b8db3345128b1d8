package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Settings;
import app.rapport.domain.Verdict;
import app.rapport.store.StoreTransaction;

/**
 * What the readiness engine reads about every active contact, from five bulk queries in the caller's
 * transaction. Grouping links and interactions by contact once keeps a 30,000-contact store to a few queries
 * and linear work, whichever page asks.
 */
record ActiveContacts(List<Contact> contacts, List<Platform> platforms, Settings settings,
                      Map<Long, List<Link>> links, Map<Long, List<Interaction>> interactions) {

    static ActiveContacts read(StoreTransaction tx) {
        return new ActiveContacts(tx.contacts().activeForRules(), tx.platforms().all(), tx.settings().ruleSettings(),
                byContact(tx.links().all(), Link::contactId),
                byContact(tx.interactions().all(), Interaction::contactId));
    }

    List<Platform> visiblePlatforms() {
        return ReadinessService.visible(platforms);
    }

    List<Interaction> interactionsOf(Contact contact) {
        return interactions.getOrDefault(contact.id(), List.of());
    }

    /** One row per active contact, in id order, with its verdict and link on each visible platform. */
    List<ReadinessRow> readiness(LocalDate today) {
        List<Platform> shown = visiblePlatforms();
        List<ReadinessRow> rows = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            List<Link> own = links.getOrDefault(contact.id(), List.of());
            List<Interaction> met = interactionsOf(contact);
            Map<String, Verdict> verdicts = new HashMap<>();
            for (Platform platform : shown) {
                ReadinessEngine.evaluate(contact, own, met, settings, platform, platforms, today)
                        .ifPresent(verdict -> verdicts.put(platform.id(), verdict));
            }
            Map<String, Link> linkByPlatform = new HashMap<>();
            own.forEach(link -> linkByPlatform.put(link.platformId(), link));
            rows.add(new ReadinessRow(contact, verdicts, linkByPlatform));
        }
        return rows;
    }

    private static <T> Map<Long, List<T>> byContact(List<T> items, Function<T, Long> contactId) {
        return items.stream().collect(Collectors.groupingBy(contactId));
    }
}
