package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * F6 for many at once: when more than {@value #SHARED_ABOVE} undecided contacts qualify without a request from
 * them, they share one "Sort {n} people" follow-up instead of one each, so an import never floods the queue
 * [002]. It belongs to no contact (its contact id is null) and its rule is {@link FollowUpRule#SORT}, which tells
 * the UI to open the Sort page. A contact with a request received keeps its own F6.
 *
 * <p>At most one is open: re-evaluating rewrites its count and due day in place; it closes by itself once no
 * more than {@value #SHARED_ABOVE} are left. Its trigger is {@code SORT:<due day when it opened>}: one the user
 * dismissed stays away until the queue of undecided people starts afresh.
 */
public final class SortFollowUp {

    /** More than this many contacts share one follow-up. */
    public static final int SHARED_ABOVE = 5;

    private SortFollowUp() {
    }

    /**
     * The day an undecided contact's own F6 would be due, when it qualifies by time alone: added or met more
     * than a week ago, no request waiting on a visible platform, not archived. Empty otherwise.
     */
    public static Optional<LocalDate> dueWithoutRequest(Contact contact, List<Link> linksOfContact,
                                                        List<Platform> allPlatforms, LocalDate today) {
        boolean requestWaiting = linksOfContact.stream().anyMatch(link -> link.state() == LinkState.REQUEST_RECEIVED
                && allPlatforms.stream().anyMatch(p -> !p.hidden() && p.id().equals(link.platformId())));
        return requestWaiting ? Optional.empty() : CategoryFollowUp.dueWithoutRequest(contact, today);
    }

    /** Whether this many qualifying contacts share one follow-up. */
    public static boolean shares(int qualifying) {
        return qualifying > SHARED_ABOVE;
    }

    /**
     * What changes in the shared follow-up as of {@code today}.
     *
     * @param dues           {@link #dueWithoutRequest} of every contact that qualifies
     * @param sortFollowUps  every stored follow-up of rule SORT, in any status
     */
    public static FollowUpChanges reconcile(List<LocalDate> dues, List<FollowUp> sortFollowUps, LocalDate today) {
        List<FollowUp> open = sortFollowUps.stream().filter(f -> f.status() == FollowUpStatus.OPEN)
                .sorted(Comparator.comparing(FollowUp::id)).toList();
        if (!shares(dues.size())) {
            return new FollowUpChanges(List.of(), open.stream().map(FollowUp::id).toList());
        }
        LocalDate due = dues.stream().min(Comparator.naturalOrder()).orElseThrow();
        String title = "Sort " + dues.size() + " people: barbecue or business lunch?";
        String message = Category.DECIDING_QUESTION + " " + dues.size() + " people are waiting for your answer; "
                + "Sort walks through them one key at a time.";
        if (open.isEmpty()) {
            String trigger = FollowUpCandidate.triggerKey(FollowUpRule.SORT, due);
            boolean settled = sortFollowUps.stream().anyMatch(f -> f.triggerKey().equals(trigger)
                    && (f.status() == FollowUpStatus.DONE || f.status() == FollowUpStatus.DISMISSED));
            return settled ? new FollowUpChanges(List.of(), List.of()) : new FollowUpChanges(List.of(
                    new FollowUp(null, null, null, FollowUpRule.SORT.name(), trigger, title, message, due,
                            FollowUpStatus.OPEN, today)), List.of());
        }
        FollowUp kept = open.getFirst();
        List<Long> toClose = new ArrayList<>(open.stream().skip(1).map(FollowUp::id).toList());
        boolean changed = !kept.title().equals(title) || !kept.due().equals(due) || !kept.message().equals(message);
        List<FollowUp> toRetitle = changed ? List.of(new FollowUp(kept.id(), null, null, kept.rule(),
                kept.triggerKey(), title, message, due, kept.status(), kept.createdOn())) : List.of();
        return new FollowUpChanges(List.of(), toClose, toRetitle);
    }
}
