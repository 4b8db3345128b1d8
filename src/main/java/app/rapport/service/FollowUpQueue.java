package app.rapport.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpChanges;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.FollowUpRules;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.SortFollowUp;
import app.rapport.store.RuleInputs;
import app.rapport.store.StoreTransaction;

/**
 * Re-evaluates the follow-up rules inside the caller's transaction, so a change and the follow-ups it opens
 * or closes are committed together — or not at all. Undecided contacts are counted first: more than five of
 * them waiting without a request share one Sort follow-up instead of one F6 each.
 */
final class FollowUpQueue {

    /** The day of the last full re-evaluation, so that a second start on the same day can skip it. */
    static final String EVALUATED_ON = "followUps.evaluatedOn";

    private FollowUpQueue() {
    }

    /** After a change to one contact (an interaction, a link, their category). */
    static void reevaluate(StoreTransaction tx, long contactId, LocalDate today) {
        reevaluate(tx, List.of(contactId), today);
    }

    /**
     * After a change to some contacts (a group interaction, a bulk edit, a Sort step): each of them, then the
     * shared Sort follow-up, whose count any of them may have changed.
     */
    static void reevaluate(StoreTransaction tx, List<Long> contactIds, LocalDate today) {
        List<Platform> platforms = tx.platforms().all();
        reevaluate(tx, contactIds, platforms, waitingToBeSorted(tx, platforms, today), today);
    }

    /**
     * {@link #reevaluate(StoreTransaction, List, LocalDate)} after a write of interactions only: who waits to be
     * sorted depends on contacts and their requests, never on interactions, so it is the same as in
     * {@code committed}, the rules' inputs as committed before this write. Reading the undecided contacts and
     * every received request again was most of the time of logging a coffee at 30,000 contacts.
     */
    static void reevaluateAfterInteractions(StoreTransaction tx, RuleInputs committed, List<Long> contactIds,
                                            LocalDate today) {
        reevaluate(tx, contactIds, committed.platforms(), waitingToBeSorted(committed, today), today);
    }

    private static void reevaluate(StoreTransaction tx, List<Long> contactIds, List<Platform> platforms,
                                   Map<Long, LocalDate> waiting, LocalDate today) {
        boolean shared = SortFollowUp.shares(waiting.size());
        List<FollowUp> sortFollowUps = tx.followUps().ofRule(FollowUpRule.SORT.name());
        Set<Long> affected = affected(contactIds, shared, sortFollowUps, waiting.keySet(),
                () -> tx.followUps().openOfRule(FollowUpRule.F6.name()).stream().map(FollowUp::contactId).toList());
        tx.touched(affected);
        for (long contactId : affected) {
            Optional<Contact> contact = tx.contacts().find(contactId);
            if (contact.isPresent()) {
                apply(tx, FollowUpRules.evaluate(contact.get(), tx.links().ofContact(contactId),
                        tx.interactions().ofContact(contactId), tx.settings().ruleSettings(), platforms,
                        tx.followUps().ofContact(contactId), shared, today), today);
            }
        }
        apply(tx, SortFollowUp.reconcile(List.copyOf(waiting.values()), sortFollowUps, today), today);
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
        reevaluate(tx, inputs, tx.followUps().all(), waitingToBeSorted(inputs, today), null, today);
        // Written only when it changes: a write makes the store read the rules' inputs again.
        if (!evaluatedOn(tx, today)) {
            tx.settings().put(EVALUATED_ON, today.toString());
        }
    }

    /**
     * At the end of a write that knows whom it touched (an import of downloads, its undo), inside it: those
     * contacts, whom the line of five moves, and the shared Sort follow-up. Everyone else's follow-ups cannot
     * have changed, so only those looked at are read, and who waits to be sorted as logging a coffee reads it:
     * reading everyone's contacts and links was a fifth of the time of importing 200,000 days of messages.
     */
    static void reevaluateTouched(StoreTransaction tx, Set<Long> touched, LocalDate today) {
        Map<Long, LocalDate> waiting = waitingToBeSorted(tx, tx.platforms().all(), today);
        List<FollowUp> stored = tx.followUps().all();
        Set<Long> evaluated = affected(touched, waiting, stored);
        reevaluate(tx, RuleInputs.readOf(tx, evaluated), stored, waiting, evaluated, today);
    }

    /**
     * {@link #reevaluateTouched} at the end of a download's import, without reading everyone again: from the rules'
     * inputs as committed before it, with what it wrote put in: the contacts it created, every link as it left
     * them, and the interactions it added (after the contact's own, as their ids are). So the interactions of
     * everyone a messages.csv touched, 30,000 people, are not read again inside the import's transaction.
     */
    static void reevaluateImported(StoreTransaction tx, RuleInputs committed, List<Contact> created,
                                   Map<Long, List<Link>> links, Map<Long, List<Interaction>> added, Set<Long> touched,
                                   LocalDate today) {
        List<Contact> contacts = new ArrayList<>(committed.contacts());
        contacts.addAll(created);
        contacts.sort(Comparator.comparingLong(Contact::id));
        Map<Long, List<Interaction>> interactions = new HashMap<>(committed.interactions());
        added.forEach((contact, theirs) -> interactions.merge(contact, theirs,
                (before, more) -> Stream.concat(before.stream(), more.stream()).toList()));
        RuleInputs inputs = new RuleInputs(contacts, committed.platforms(), committed.settings(), links, interactions);
        List<FollowUp> stored = tx.followUps().all();
        Map<Long, LocalDate> waiting = waitingToBeSorted(inputs, today);
        reevaluate(tx, inputs, stored, waiting, affected(touched, waiting, stored), today);
    }

    /**
     * After an edit of many contacts' own fields (a bulk edit, a Sort step), which changes none of their links
     * or interactions: in one pass over the rules' inputs as committed before it, with the edited contacts put
     * in, the edited contacts, whoever crossing the line of five moves, and the shared Sort follow-up.
     * {@code stored} is every follow-up as this transaction found it.
     */
    static void reevaluateEdited(StoreTransaction tx, RuleInputs committed, List<Contact> edited,
                                 List<FollowUp> stored, LocalDate today) {
        Map<Long, Contact> byId = edited.stream().collect(Collectors.toMap(Contact::id, c -> c));
        List<Contact> contacts = committed.contacts().stream().map(c -> byId.getOrDefault(c.id(), c)).toList();
        RuleInputs inputs = new RuleInputs(contacts, committed.platforms(), committed.settings(), committed.links(),
                committed.interactions());
        Map<Long, LocalDate> waiting = waitingToBeSorted(inputs, today);
        reevaluate(tx, inputs, stored, waiting, affected(byId.keySet(), waiting, stored), today);
    }

    /** Everyone when {@code evaluated} is null; otherwise those contacts. {@code waiting}: see waitingToBeSorted. */
    private static void reevaluate(StoreTransaction tx, RuleInputs inputs, List<FollowUp> stored,
                                   Map<Long, LocalDate> waiting, Set<Long> evaluated, LocalDate today) {
        Map<Long, List<FollowUp>> followUps = stored.stream().filter(f -> f.contactId() != null)
                .collect(Collectors.groupingBy(FollowUp::contactId));
        boolean shared = SortFollowUp.shares(waiting.size());
        if (evaluated != null) {
            tx.touched(evaluated);
        }
        List<FollowUp> toOpen = new ArrayList<>();
        List<Long> toClose = new ArrayList<>();
        List<FollowUp> toRetitle = new ArrayList<>();
        for (Contact contact : inputs.contacts()) {
            List<FollowUp> own = followUps.getOrDefault(contact.id(), List.of());
            if (evaluated != null && !evaluated.contains(contact.id())
                    || contact.archived() && own.stream().noneMatch(f -> f.status() == FollowUpStatus.OPEN)) {
                continue;
            }
            FollowUpChanges changes = FollowUpRules.evaluate(contact, inputs.linksOf(contact),
                    inputs.interactionsOf(contact), inputs.settings(), inputs.platforms(), own, shared, today);
            toOpen.addAll(changes.toOpen());
            toClose.addAll(changes.toClose());
            toRetitle.addAll(changes.toRetitle());
        }
        FollowUpChanges sort = SortFollowUp.reconcile(List.copyOf(waiting.values()), sortFollowUps(stored), today);
        toOpen.addAll(sort.toOpen());
        toClose.addAll(sort.toClose());
        toRetitle.addAll(sort.toRetitle());
        tx.followUps().setStatusAll(toClose, FollowUpStatus.CLOSED, today);
        tx.followUps().insertAll(toOpen);
        toRetitle.forEach(f -> tx.followUps().updateText(f.id(), f.title(), f.message(), f.due()));
    }

    /** The undecided contacts that would each get an F6 by time alone, without a request: their due days. */
    private static Map<Long, LocalDate> waitingToBeSorted(RuleInputs inputs, LocalDate today) {
        Map<Long, LocalDate> waiting = new LinkedHashMap<>();
        for (Contact contact : inputs.contacts()) {
            SortFollowUp.dueWithoutRequest(contact, inputs.linksOf(contact), inputs.platforms(), today)
                    .ifPresent(due -> waiting.put(contact.id(), due));
        }
        return waiting;
    }

    /** {@link #affected(Collection, boolean, List, Collection, Supplier)} from the follow-ups in memory. */
    private static Set<Long> affected(Set<Long> changed, Map<Long, LocalDate> waiting, List<FollowUp> stored) {
        return affected(changed, SortFollowUp.shares(waiting.size()), sortFollowUps(stored), waiting.keySet(),
                () -> stored.stream().filter(f -> f.status() == FollowUpStatus.OPEN
                        && FollowUpRule.F6.name().equals(f.rule())).map(FollowUp::contactId).toList());
    }

    /**
     * Whom a change to {@code changed} makes the rules look at. Crossing the line of five changes other
     * undecided contacts' own F6 too: when it becomes shared, whoever still has one open ({@code withOwnF6});
     * otherwise the five or fewer who are waiting. It is not crossed when the follow-up is shared now and the
     * shared Sort follow-up is open, so it was shared before too; a Sort follow-up the user closed leaves it
     * unsure, and the others are looked at.
     */
    private static Set<Long> affected(Collection<Long> changed, boolean shared, List<FollowUp> sortFollowUps,
                                      Collection<Long> waiting, Supplier<List<Long>> withOwnF6) {
        Set<Long> affected = new LinkedHashSet<>(changed);
        boolean stillShared = shared && sortFollowUps.stream().anyMatch(f -> f.status() == FollowUpStatus.OPEN);
        if (!stillShared) {
            affected.addAll(shared ? withOwnF6.get() : waiting);
        }
        return affected;
    }

    /**
     * Whether everyone was re-evaluated today already: every change since then re-evaluated its own contact in
     * its own transaction, so only the passing of days can have moved anything.
     */
    static boolean evaluatedOn(StoreTransaction tx, LocalDate today) {
        return tx.settings().get(EVALUATED_ON).filter(today.toString()::equals).isPresent();
    }

    /** The undecided contacts that would each get an F6 by time alone, without a request: their due days. */
    private static Map<Long, LocalDate> waitingToBeSorted(StoreTransaction tx, List<Platform> platforms,
                                                          LocalDate today) {
        Map<Long, List<Link>> requests = tx.links().requestsReceived().stream()
                .collect(Collectors.groupingBy(Link::contactId));
        Map<Long, LocalDate> waiting = new LinkedHashMap<>();
        for (Contact contact : tx.contacts().undecidedForSorting()) {
            SortFollowUp.dueWithoutRequest(contact, requests.getOrDefault(contact.id(), List.of()), platforms, today)
                    .ifPresent(due -> waiting.put(contact.id(), due));
        }
        return waiting;
    }

    private static List<FollowUp> sortFollowUps(List<FollowUp> all) {
        return all.stream().filter(f -> FollowUpRule.SORT.name().equals(f.rule())).toList();
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
