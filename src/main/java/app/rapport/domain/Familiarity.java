package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How well the user knows a contact as of a day, in the terms of PRODUCT.md's readiness section. Only what
 * happened on or before that day counts, so re-evaluating an earlier day gives the answer it gave then.
 *
 * @param spoke      met in person, or talked by phone or video: enough to get to know someone's work [003]
 * @param knownSince the earlier of "met on" and the first interaction that is not SOCIAL_MEDIA; empty when
 *                   neither exists, and then the contact is not known long enough
 * @param daysKnown  days from {@code knownSince} to the day asked about; 0 when not known at all
 */
public record Familiarity(
        boolean metInPerson,
        boolean spoke,
        boolean workedTogether,
        int strongInteractions,
        Optional<LocalDate> knownSince,
        long daysKnown,
        boolean knownLongEnough,
        boolean canVouch) {

    /** The day number of "not known": later than any day. */
    private static final long NOT_KNOWN = Long.MAX_VALUE;

    public static Familiarity asOf(Contact contact, List<Interaction> interactions, Settings settings,
                                   LocalDate today) {
        LocalDate metOn = contact.metOn() != null && !contact.metOn().isAfter(today) ? contact.metOn() : null;
        Tally tally = new Tally(today.toEpochDay(), metOn == null ? NOT_KNOWN : metOn.toEpochDay());
        // Day numbers where the interactions are held so: made again as objects, each with a date, 300,000
        // interactions were close to half of working out everyone's verdicts, cold at start-up.
        if (interactions instanceof InteractionDays held) {
            for (int i = 0; i < held.size(); i++) {
                tally.add(held.epochDay(i), held.kind(i));
            }
        } else {
            for (Interaction interaction : interactions) {
                tally.add(interaction.on().toEpochDay(), interaction.kind());
            }
        }
        Optional<LocalDate> knownSince = tally.knownSince == NOT_KNOWN ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(tally.knownSince));
        long daysKnown = knownSince.isEmpty() ? 0 : tally.today - tally.knownSince;
        boolean knownLongEnough = knownSince.isPresent() && daysKnown >= settings.getToKnowDays();
        return new Familiarity(tally.metInPerson, tally.spoke, tally.workedTogether, tally.strong, knownSince,
                daysKnown, knownLongEnough, !contact.vouchForThem().isBlank());
    }

    /** What the interactions up to a day add up to, one at a time. */
    private static final class Tally {
        private final long today;
        private long knownSince;
        private boolean metInPerson;
        private boolean spoke;
        private boolean workedTogether;
        private int strong;

        Tally(long today, long knownSince) {
            this.today = today;
            this.knownSince = knownSince;
        }

        void add(long day, InteractionKind kind) {
            if (day > today || kind == InteractionKind.SOCIAL_MEDIA) {
                return;
            }
            metInPerson |= InteractionStrength.isMeetingInPerson(kind);
            spoke |= InteractionStrength.isSpeaking(kind);
            workedTogether |= kind == InteractionKind.WORKED_TOGETHER;
            if (InteractionStrength.of(kind) == InteractionStrength.STRONG) {
                strong++;
            }
            knownSince = Math.min(knownSince, day);
        }
    }
}
