package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PRODUCT.md's follow-up queue: rules F1–F6, birthdays and other important dates, as a pure function of one contact's facts and
 * follow-ups as of a day. The service calls it per contact inside the transaction that changed the contact and
 * applies the {@link FollowUpChanges}; the work is linear in the contact's links, interactions and follow-ups
 * (times the few platforms with a request), so re-evaluating a whole store means grouping its rows by contact
 * once, not filtering every list per contact.
 *
 * <p>How the queue stays consistent:
 * <ul>
 *   <li>Each rule fills one slot per contact and platform (F4, F6, birthdays and important dates: per
 *       contact). A rule asks for at most one follow-up per slot, and an open one in that slot with the same
 *       trigger key is kept (its due day is not rewritten; its title and message are when the rule now words it
 *       differently, as F1 does once only the vouch answer is missing), so re-evaluating never duplicates.</li>
 *   <li>An open rule follow-up closes when its rule no longer asks for it, or asks for it with another trigger
 *       (a new request, a new cycle, a newer meeting, next year's birthday); in that case a new one opens.</li>
 *   <li>A DONE or DISMISSED follow-up's trigger key never opens again; a CLOSED one does, because the rule
 *       closed it, not the user (undoing the coffee that closed F1 brings F1 back).</li>
 *   <li>The Sort follow-up that undecided contacts share is about no one contact: {@link SortFollowUp} keeps
 *       it, and {@link #evaluate} leaves their own F6 out while it is shared.</li>
 *   <li>COLLISION, MANUAL and any other follow-ups not made by a {@link FollowUpRule} are neither opened nor
 *       closed.</li>
 *   <li>An archived contact gets no new follow-ups, and its open rule follow-ups close.</li>
 *   <li>Requests and invitations on hidden platforms make no follow-ups: the user no longer uses them.</li>
 * </ul>
 * Trigger keys, unique within a contact: F1–F3 {@code F1:<platform id>:<request day>}; F4
 * {@code F4:<due day>}; F5 {@code F5:<platform id>:<meeting day>}; F6 {@code F6:request:<platform id>:<request
 * day>} or {@code F6:since:<day added or met>}; birthdays {@code BIRTHDAY:<year>}; important dates
 * {@code IMPORTANT_DATE:<label>:<year>}.
 */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    /**
     * What changes in {@code contact}'s follow-ups as of {@code today}.
     *
     * @param contact               a stored contact (its id is set)
     * @param linksOfContact        the contact's links, at most one per platform
     * @param interactionsOfContact the contact's interactions; those after {@code today} do not count
     * @param allPlatforms          the user's platforms, hidden ones included
     * @param followUpsOfContact    the contact's follow-ups in any status, of any rule
     * @throws IllegalArgumentException if a follow-up belongs to another contact, or the contact has two links
     *                                  on one platform
     */
    public static FollowUpChanges evaluate(Contact contact, List<Link> linksOfContact,
                                           List<Interaction> interactionsOfContact, Settings settings,
                                           List<Platform> allPlatforms, List<FollowUp> followUpsOfContact,
                                           LocalDate today) {
        return evaluate(contact, linksOfContact, interactionsOfContact, settings, allPlatforms, followUpsOfContact,
                false, today);
    }

    /**
     * As {@link #evaluate(Contact, List, List, Settings, List, List, LocalDate)}, where {@code sortShared} says
     * whether undecided contacts without a request share one Sort follow-up ({@link SortFollowUp#shares}): then
     * this contact gets no F6 of its own unless they sent a request.
     */
    public static FollowUpChanges evaluate(Contact contact, List<Link> linksOfContact,
                                           List<Interaction> interactionsOfContact, Settings settings,
                                           List<Platform> allPlatforms, List<FollowUp> followUpsOfContact,
                                           boolean sortShared, LocalDate today) {
        long contactId = Objects.requireNonNull(contact.id(), "Follow-ups are only for stored contacts.");
        List<FollowUpCandidate> wanted = contact.archived() ? List.of()
                : candidates(contact, linksOfContact, interactionsOfContact, settings, allPlatforms, sortShared,
                        today);
        return reconcile(contactId, wanted, followUpsOfContact, today);
    }

    private static List<FollowUpCandidate> candidates(Contact contact, List<Link> links,
                                                      List<Interaction> interactions, Settings settings,
                                                      List<Platform> allPlatforms, boolean sortShared,
                                                      LocalDate today) {
        Map<String, Platform> visible = allPlatforms.stream().filter(platform -> !platform.hidden())
                .collect(Collectors.toMap(Platform::id, Function.identity(), (first, second) -> first));
        List<Link> waitingRequests = links.stream()
                .filter(link -> link.state() == LinkState.REQUEST_RECEIVED && visible.containsKey(link.platformId()))
                .sorted(Comparator.comparingInt(link -> visible.get(link.platformId()).position()))
                .toList();
        List<FollowUpCandidate> wanted = new ArrayList<>();
        Familiarity known = Familiarity.asOf(contact, interactions, settings, today);
        for (Link request : waitingRequests) {
            Platform platform = visible.get(request.platformId());
            ReadinessEngine.evaluate(contact, links, interactions, settings, platform, allPlatforms, today)
                    .flatMap(verdict -> RequestFollowUps.forRequest(contact, request, platform, verdict, known,
                            settings, today))
                    .ifPresent(wanted::add);
        }
        KeepInTouchFollowUp.whenDue(contact, interactions, today).ifPresent(wanted::add);
        InvitationFollowUp.afterMeeting(contact, links, interactions, settings, allPlatforms, today)
                .ifPresent(wanted::add);
        CategoryFollowUp.whenUndecided(contact, waitingRequests, sortShared, today).ifPresent(wanted::add);
        YearlyFollowUps.birthday(contact, today).ifPresent(wanted::add);
        YearlyFollowUps.importantDate(contact, today).ifPresent(wanted::add);
        return wanted;
    }

    private static FollowUpChanges reconcile(long contactId, List<FollowUpCandidate> wanted,
                                             List<FollowUp> existing, LocalDate today) {
        Map<Slot, List<FollowUp>> openBySlot = new LinkedHashMap<>();
        Set<String> settledTriggers = new HashSet<>();
        for (FollowUp followUp : existing) {
            if (followUp.contactId() == null || followUp.contactId() != contactId) {
                throw new IllegalArgumentException("Follow-up " + followUp.id() + " belongs to contact "
                        + followUp.contactId() + ", not to contact " + contactId + ".");
            }
            Optional<FollowUpRule> rule = FollowUpRule.named(followUp.rule());
            if (rule.isEmpty()) {
                continue;
            }
            switch (followUp.status()) {
                case OPEN -> openBySlot.computeIfAbsent(new Slot(rule.get(), followUp.platformId()),
                        slot -> new ArrayList<>()).add(followUp);
                case DONE, DISMISSED -> settledTriggers.add(followUp.triggerKey());
                case CLOSED -> { }
            }
        }
        List<FollowUp> toOpen = new ArrayList<>();
        List<Long> toClose = new ArrayList<>();
        List<FollowUp> toRetitle = new ArrayList<>();
        for (FollowUpCandidate candidate : wanted) {
            List<FollowUp> open = Objects.requireNonNullElse(
                    openBySlot.remove(new Slot(candidate.rule(), candidate.platformId())), List.of());
            Optional<FollowUp> kept = open.stream()
                    .filter(followUp -> followUp.triggerKey().equals(candidate.triggerKey())).findFirst();
            // Closing the rest also heals a slot that somehow holds two open follow-ups.
            open.stream().filter(followUp -> kept.orElse(null) != followUp)
                    .forEach(stale -> toClose.add(idOf(stale)));
            kept.filter(followUp -> !followUp.title().equals(candidate.title()))
                    .ifPresent(followUp -> toRetitle.add(candidate.retitle(followUp)));
            if (kept.isEmpty() && !settledTriggers.contains(candidate.triggerKey())) {
                toOpen.add(candidate.openFor(contactId, today));
            }
        }
        openBySlot.values().forEach(open -> open.forEach(stale -> toClose.add(idOf(stale))));
        return new FollowUpChanges(toOpen, toClose, toRetitle);
    }

    private static long idOf(FollowUp stored) {
        return Objects.requireNonNull(stored.id(), "An open follow-up to close must be stored.");
    }

    /** Where at most one follow-up of a rule is open: the rule and the platform, or null for the contact. */
    private record Slot(FollowUpRule rule, String platformId) {
    }
}
