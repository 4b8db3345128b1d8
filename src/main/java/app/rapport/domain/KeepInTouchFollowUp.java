package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * F4: the keep-in-touch cadence has run out since the last time the user and the contact talked. Likes and
 * comments are not talking [000]; without any interaction the "met on" day counts, and without that the day the
 * contact was added. Dates after the day evaluated do not count. Each cycle is keyed by its due day: logging an
 * interaction starts a new cycle, so a dismissed reminder does not return until the next one runs out.
 */
final class KeepInTouchFollowUp {

    private KeepInTouchFollowUp() {
    }

    static Optional<FollowUpCandidate> whenDue(Contact contact, List<Interaction> interactions, LocalDate today) {
        Integer weeks = contact.keepInTouchWeeks();
        if (weeks == null || weeks <= 0) {
            return Optional.empty();
        }
        Optional<LocalDate> lastTalked = interactions.stream()
                .filter(interaction -> interaction.kind() != InteractionKind.SOCIAL_MEDIA)
                .map(Interaction::on)
                .filter(on -> !on.isAfter(today))
                .max(Comparator.naturalOrder());
        Optional<LocalDate> met = Optional.ofNullable(contact.metOn()).filter(on -> !on.isAfter(today));
        Optional<LocalDate> last = lastTalked.or(() -> met).or(() -> Optional.ofNullable(contact.addedOn()));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = last.get().plusWeeks(weeks);
        if (due.isAfter(today)) {
            return Optional.empty();
        }
        String name = nameOf(contact);
        String since = lastTalked.isPresent() ? "you last talked on " + day(last.get())
                : met.isPresent() ? "you met on " + day(last.get())
                : "you added them on " + day(last.get());
        return Optional.of(new FollowUpCandidate(FollowUpRule.F4, null, triggerKey(FollowUpRule.F4, due),
                "Catch up with " + name,
                "You wanted to catch up with " + name + " every " + (weeks == 1 ? "week" : weeks + " weeks")
                        + ", and " + since + ". Suggest a coffee or a call: time together counts, likes do not.",
                due));
    }
}
