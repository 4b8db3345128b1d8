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

    /**
     * @param waitingRequests the contact's REQUEST_RECEIVED links on the platforms being evaluated
     * @param sortShared      whether contacts without a request share one Sort follow-up instead of one each
     */
    static Optional<FollowUpCandidate> whenUndecided(Contact contact, List<Link> waitingRequests, boolean sortShared,
                                                     LocalDate today) {
        if (contact.category() != Category.UNDECIDED || waitingRequests.isEmpty() && sortShared) {
            return Optional.empty();
        }
        Optional<LocalDate> around = around(contact, today);
        Optional<LocalDate> weekLater = around.map(day -> day.plusDays(DAYS_TO_DECIDE));
        if (weekLater.filter(day -> day.isBefore(today)).isEmpty() && waitingRequests.isEmpty()) {
            return Optional.empty();
        }
        // A request whose day nobody knows counts as arriving today.
        Comparator<Link> byDay = Comparator.comparing(request -> request.knownSince().orElse(today));
        Optional<Link> firstRequest = waitingRequests.stream().min(byDay);
        LocalDate due = Stream.concat(weekLater.stream(),
                        firstRequest.map(request -> request.knownSince().orElse(today)).stream())
                .min(Comparator.naturalOrder()).orElseThrow();
        String trigger = waitingRequests.stream().max(byDay)
                .map(request -> triggerKey(FollowUpRule.F6, "request", request.platformId(),
                        RequestFollowUps.dayKey(request)))
                .orElseGet(() -> triggerKey(FollowUpRule.F6, "since", around.orElseThrow()));
        String name = nameOf(contact);
        return Optional.of(new FollowUpCandidate(FollowUpRule.F6, null, trigger,
                "Decide: barbecue or business lunch with " + name + "?",
                Category.DECIDING_QUESTION + " Your answer decides where you connect with " + name + ".",
                due));
    }

    /**
     * The due day of an undecided contact's F6 when it comes from time alone (added or met more than a week
     * ago, no request waiting); empty when the contact does not qualify that way.
     */
    static Optional<LocalDate> dueWithoutRequest(Contact contact, LocalDate today) {
        if (contact.archived() || contact.category() != Category.UNDECIDED) {
            return Optional.empty();
        }
        return around(contact, today).map(day -> day.plusDays(DAYS_TO_DECIDE)).filter(day -> day.isBefore(today));
    }

    /** "Added (or met)": the earlier of the two, ignoring a day still to come. */
    private static Optional<LocalDate> around(Contact contact, LocalDate today) {
        return Stream.of(contact.addedOn(), contact.metOn())
                .filter(day -> day != null && !day.isAfter(today))
                .min(Comparator.naturalOrder());
    }
}
