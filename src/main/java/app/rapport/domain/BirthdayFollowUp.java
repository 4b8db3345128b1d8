package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The yearly birthday wish: due on the day, shown from a week before, keyed by the year so each year's wish is
 * its own. The day after the birthday the wish is no longer timely and closes by itself. A 29 February birthday
 * falls on 28 February in other years, so the wish stays in the person's own month and never comes late.
 */
final class BirthdayFollowUp {

    private static final int SHOWN_DAYS_BEFORE = 7;

    private BirthdayFollowUp() {
    }

    static Optional<FollowUpCandidate> whenClose(Contact contact, LocalDate today) {
        if (contact.birthday() == null) {
            return Optional.empty();
        }
        MonthDay birthday = MonthDay.from(contact.birthday());
        LocalDate next = birthday.atYear(today.getYear());
        if (next.isBefore(today)) {
            next = birthday.atYear(today.getYear() + 1);
        }
        if (ChronoUnit.DAYS.between(today, next) > SHOWN_DAYS_BEFORE) {
            return Optional.empty();
        }
        String name = nameOf(contact);
        return Optional.of(new FollowUpCandidate(FollowUpRule.BIRTHDAY, null,
                triggerKey(FollowUpRule.BIRTHDAY, next.getYear()),
                "Wish " + name + " a happy birthday",
                name + "'s birthday is on " + day(next) + ". A call or a personal message means more than a like.",
                next));
    }
}
