package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * F6: an undecided contact, once they have been around for more than a week or as soon as they ask to connect,
 * needs the barbecue-or-business-lunch question answered [002].
 *
 * <p>"Added (or met)" is the earlier of the day the contact was added and the "met on" day, and the due day is
 * a week after it or the day of the earliest waiting request, whichever is earlier. The trigger is the most
 * recent waiting request, or without one that first day: a dismissed question comes back when they send a new
 * request, not merely because time passes.
 */
final class CategoryFollowUp {

    private static final int DAYS_TO_DECIDE = 7;

    private CategoryFollowUp() {
    }

    /** @param waitingRequests the contact's REQUEST_RECEIVED links on the platforms being evaluated */
    static Optional<FollowUpCandidate> whenUndecided(Contact contact, List<Link> waitingRequests, LocalDate today) {
        if (contact.category() != Category.UNDECIDED) {
            return Optional.empty();
        }
        Optional<LocalDate> around = Stream.of(contact.addedOn(), contact.metOn())
                .filter(day -> day != null && !day.isAfter(today))
                .min(Comparator.naturalOrder());
        Optional<LocalDate> weekLater = around.map(day -> day.plusDays(DAYS_TO_DECIDE));
        boolean aroundLongEnough = weekLater.filter(day -> day.isBefore(today)).isPresent();
        if (!aroundLongEnough && waitingRequests.isEmpty()) {
            return Optional.empty();
        }
        Optional<Link> firstRequest = waitingRequests.stream().min(Comparator.comparing(Link::since));
        LocalDate due = Stream.concat(weekLater.stream(), firstRequest.map(Link::since).stream())
                .min(Comparator.naturalOrder()).orElseThrow();
        String trigger = waitingRequests.stream().max(Comparator.comparing(Link::since))
                .map(request -> triggerKey(FollowUpRule.F6, "request", request.platformId(), request.since()))
                .orElseGet(() -> triggerKey(FollowUpRule.F6, "since", around.orElseThrow()));
        String name = nameOf(contact);
        return Optional.of(new FollowUpCandidate(FollowUpRule.F6, null, trigger,
                "Decide: barbecue or business lunch with " + name + "?",
                Category.DECIDING_QUESTION + " Your answer decides where you connect with " + name + ".",
                due));
    }
}
