package app.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    public static Familiarity asOf(Contact contact, List<Interaction> interactions, Settings settings,
                                   LocalDate today) {
        boolean metInPerson = false;
        boolean spoke = false;
        boolean workedTogether = false;
        int strong = 0;
        LocalDate knownSince = contact.metOn() != null && !contact.metOn().isAfter(today) ? contact.metOn() : null;
        for (Interaction interaction : interactions) {
            if (interaction.on().isAfter(today) || interaction.kind() == InteractionKind.SOCIAL_MEDIA) {
                continue;
            }
            metInPerson |= InteractionStrength.isMeetingInPerson(interaction.kind());
            spoke |= InteractionStrength.isSpeaking(interaction.kind());
            workedTogether |= interaction.kind() == InteractionKind.WORKED_TOGETHER;
            if (InteractionStrength.of(interaction.kind()) == InteractionStrength.STRONG) {
                strong++;
            }
            if (knownSince == null || interaction.on().isBefore(knownSince)) {
                knownSince = interaction.on();
            }
        }
        long daysKnown = knownSince == null ? 0 : ChronoUnit.DAYS.between(knownSince, today);
        boolean knownLongEnough = knownSince != null && daysKnown >= settings.getToKnowDays();
        return new Familiarity(metInPerson, spoke, workedTogether, strong, Optional.ofNullable(knownSince), daysKnown,
                knownLongEnough, !contact.vouchForThem().isBlank());
    }
}
