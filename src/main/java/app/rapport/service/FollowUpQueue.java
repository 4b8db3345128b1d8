package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpChanges;
import app.rapport.domain.FollowUpRules;
import app.rapport.domain.FollowUpStatus;
import app.rapport.store.RuleInputs;
import app.rapport.store.StoreTransaction;

/**
 * Re-evaluates the follow-up rules inside the caller's transaction, so a change and the follow-ups it opens
 * or closes are committed together — or not at all.
 */
final class FollowUpQueue {

    /** The day of the last full re-evaluation, so that a second start on the same day can skip it. */
    static final String EVALUATED_ON = "followUps.evaluatedOn";

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

    /** After a settings or platform change and an import, inside their transaction: every contact. */
    static void reevaluateAll(StoreTransaction tx, LocalDate today) {
        reevaluateAll(tx, RuleInputs.read(tx), today);
    }

    /**
     * Every contact, from {@code inputs} (as read in this transaction, or as committed when nothing in it has
     * written yet) and all follow-ups; then the changes in two batches, as a new day can open or close
     * thousands at once.
     */
    static void reevaluateAll(StoreTransaction tx, RuleInputs inputs, LocalDate today) {
        Map<Long, List<FollowUp>> followUps = tx.followUps().all().stream()
                .collect(Collectors.groupingBy(FollowUp::contactId));
        List<FollowUp> toOpen = new ArrayList<>();
        List<Long> toClose = new ArrayList<>();
        List<FollowUp> toRetitle = new ArrayList<>();
        for (Contact contact : inputs.contacts()) {
            List<FollowUp> own = followUps.getOrDefault(contact.id(), List.of());
            if (contact.archived() && own.stream().noneMatch(f -> f.status() == FollowUpStatus.OPEN)) {
                continue;
            }
            FollowUpChanges changes = FollowUpRules.evaluate(contact, inputs.linksOf(contact),
                    inputs.interactionsOf(contact), inputs.settings(), inputs.platforms(), own, today);
            toOpen.addAll(changes.toOpen());
            toClose.addAll(changes.toClose());
            toRetitle.addAll(changes.toRetitle());
        }
        tx.followUps().setStatusAll(toClose, FollowUpStatus.CLOSED, today);
        tx.followUps().insertAll(toOpen);
        toRetitle.forEach(f -> tx.followUps().updateText(f.id(), f.title(), f.message(), f.due()));
        // Written only when it changes: a write makes the store read the rules' inputs again.
        if (!evaluatedOn(tx, today)) {
            tx.settings().put(EVALUATED_ON, today.toString());
        }
    }

    /**
     * Whether everyone was re-evaluated today already: every change since then re-evaluated its own contact in
     * its own transaction, so only the passing of days can have moved anything.
     */
    static boolean evaluatedOn(StoreTransaction tx, LocalDate today) {
        return tx.settings().get(EVALUATED_ON).filter(today.toString()::equals).isPresent();
    }

    private static void apply(StoreTransaction tx, FollowUpChanges changes, LocalDate today) {
        for (Long id : changes.toClose()) {
            tx.followUps().setStatus(id, FollowUpStatus.CLOSED, today);
        }
        for (FollowUp followUp : changes.toOpen()) {
            tx.followUps().insert(followUp);
        }
        for (FollowUp followUp : changes.toRetitle()) {
            tx.followUps().updateText(followUp.id(), followUp.title(), followUp.message(), followUp.due());
        }
    }
}
