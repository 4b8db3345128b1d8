package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The yearly reminders: the birthday wish and the other important dates. Each is due on the day, shown from a
 * week before, and keyed by the year so each year's reminder is its own; the day after, it is no longer timely and
 * closes by itself. A date without a year comes round just the same. A 29 February falls on 28 February in other
 * years, so the reminder stays in its own month and never comes late.
 *
 * <p>The important dates share one slot per contact: when two come round in the same week, the nearer one is
 * shown first and the other follows once it has passed.
 */
final class YearlyFollowUps {

    private static final int SHOWN_DAYS_BEFORE = 7;

    private YearlyFollowUps() {
    }

    static Optional<FollowUpCandidate> birthday(Contact contact, LocalDate today) {
        if (contact.birthday() == null) {
            return Optional.empty();
        }
        LocalDate next = contact.birthday().nextOnOrAfter(today);
        if (!isClose(next, today)) {
            return Optional.empty();
        }
        String name = nameOf(contact);
        return Optional.of(new FollowUpCandidate(FollowUpRule.BIRTHDAY, null,
                triggerKey(FollowUpRule.BIRTHDAY, next.getYear()),
                "Wish " + name + " a happy birthday",
                name + "'s birthday is on " + day(next) + ". A call or a personal message means more than a like.",
                next));
    }

    static Optional<FollowUpCandidate> importantDate(Contact contact, LocalDate today) {
        return contact.importantDates().stream()
                .filter(date -> isClose(date.date().nextOnOrAfter(today), today))
                .min(Comparator.comparing(date -> date.date().nextOnOrAfter(today)))
                .map(date -> {
                    LocalDate next = date.date().nextOnOrAfter(today);
                    String name = nameOf(contact);
                    String what = date.label().toLowerCase(Locale.ROOT);
                    return new FollowUpCandidate(FollowUpRule.IMPORTANT_DATE, null,
                            triggerKey(FollowUpRule.IMPORTANT_DATE, date.label(), next.getYear()),
                            name + "'s " + what,
                            name + "'s " + what + " is on " + day(next)
                                    + ". A few personal words show you remembered.",
                            next);
                });
    }

    private static boolean isClose(LocalDate next, LocalDate today) {
        return ChronoUnit.DAYS.between(today, next) <= SHOWN_DAYS_BEFORE;
    }
}
