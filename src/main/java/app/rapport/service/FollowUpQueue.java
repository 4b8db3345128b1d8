package app.rapport.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpChanges;
import app.rapport.domain.FollowUpRules;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.store.StoreTransaction;

/**
 * Re-evaluates the follow-up rules inside the caller's transaction, so a change and the follow-ups it opens
 * or closes are committed together — or not at all.
 */
final class FollowUpQueue {

    private FollowUpQueue() {
    }

    /** After a change to one contact (an interaction, a link, their category). */
    static void reevaluate(StoreTransaction tx, long contactId, LocalDate today) {
        Contact contact = tx.contacts().find(contactId).orElse(null);
        if (contact == null) {
            return;
        }
        apply(tx, FollowUpRules.evaluate(contact, tx.links().ofContact(contactId),
                tx.interactions().ofContact(contactId), tx.settings().ruleSettings(), tx.platforms().all(),
                tx.followUps().ofContact(contactId), today), today);
    }

    /** After a settings or platform change, and at start-up: every contact, from four bulk reads. */
    static void reevaluateAll(StoreTransaction tx, LocalDate today) {
        Settings settings = tx.settings().ruleSettings();
        List<Platform> platforms = tx.platforms().all();
        Map<Long, List<Link>> links = tx.links().all().stream().collect(Collectors.groupingBy(Link::contactId));
        Map<Long, List<Interaction>> interactions = tx.interactions().all().stream()
                .collect(Collectors.groupingBy(Interaction::contactId));
        Map<Long, List<FollowUp>> followUps = tx.followUps().all().stream()
                .collect(Collectors.groupingBy(FollowUp::contactId));
        for (Contact contact : tx.contacts().allForRules()) {
            List<FollowUp> own = followUps.getOrDefault(contact.id(), List.of());
            if (contact.archived() && own.stream().noneMatch(f -> f.status() == FollowUpStatus.OPEN)) {
                continue;
            }
            apply(tx, FollowUpRules.evaluate(contact, links.getOrDefault(contact.id(), List.of()),
                    interactions.getOrDefault(contact.id(), List.of()), settings, platforms, own, today), today);
        }
    }

    private static void apply(StoreTransaction tx, FollowUpChanges changes, LocalDate today) {
        for (Long id : changes.toClose()) {
            tx.followUps().setStatus(id, FollowUpStatus.CLOSED, today);
        }
        for (FollowUp followUp : changes.toOpen()) {
            tx.followUps().insert(followUp);
        }
    }
}
