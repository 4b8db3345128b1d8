package app.rapport.domain;

import static app.rapport.domain.FollowUpCandidate.triggerKey;
import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.nameOf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * F5: after meeting a professional contact the user is ready to connect with, invite them on the professional
 * platform while the meeting is fresh, with a personal note [002][003].
 *
 * <p>"The PROFESSIONAL platform" is the first visible one in the user's order, the same one a redirect points
 * to. "No link" means no link at all or one at NONE: any other state is already a request, a connection or an
 * answer, and inviting again would ignore it. "Met in person" counts meetings logged as interactions (not the
 * "met on" day) from 14 days before the day evaluated through that day. The most recent such meeting sets the
 * due day and the trigger, so a dismissed invitation comes back only after a new meeting.
 */
final class InvitationFollowUp {

    private static final int MEETING_WINDOW_DAYS = 14;
    private static final int DAYS_TO_INVITE = 2;
    private static final Set<Category> PROFESSIONAL_CATEGORIES = EnumSet.of(Category.PROFESSIONAL, Category.BOTH);

    private InvitationFollowUp() {
    }

    static Optional<FollowUpCandidate> afterMeeting(Contact contact, List<Link> links, List<Interaction> interactions,
                                                    Settings settings, List<Platform> allPlatforms, LocalDate today) {
        if (!PROFESSIONAL_CATEGORIES.contains(contact.category())) {
            return Optional.empty();
        }
        Optional<Platform> professional = allPlatforms.stream()
                .filter(platform -> !platform.hidden() && platform.sphere() == Sphere.PROFESSIONAL)
                .min(Comparator.comparingInt(Platform::position));
        Optional<LocalDate> meeting = lastMeetingInPerson(interactions, today);
        if (professional.isEmpty() || meeting.isEmpty() || linkedOn(professional.get(), links)) {
            return Optional.empty();
        }
        Platform platform = professional.get();
        boolean ready = ReadinessEngine.evaluate(contact, links, interactions, settings, platform, allPlatforms, today)
                .filter(verdict -> verdict.kind() == VerdictKind.READY).isPresent();
        if (!ready) {
            return Optional.empty();
        }
        String name = nameOf(contact);
        LocalDate met = meeting.get();
        return Optional.of(new FollowUpCandidate(FollowUpRule.F5, platform.id(),
                triggerKey(FollowUpRule.F5, platform.id(), met),
                "Send " + name + " a personalized " + platform.name() + " invitation",
                "You met " + name + " on " + day(met) + ". Invite them to connect on " + platform.name()
                        + " while the meeting is fresh, with a note that recalls where you met, not the default "
                        + "greeting.",
                met.plusDays(DAYS_TO_INVITE)));
    }

    private static Optional<LocalDate> lastMeetingInPerson(List<Interaction> interactions, LocalDate today) {
        LocalDate windowStart = today.minusDays(MEETING_WINDOW_DAYS);
        return interactions.stream()
                .filter(interaction -> InteractionStrength.isMeetingInPerson(interaction.kind()))
                .map(Interaction::on)
                .filter(on -> !on.isBefore(windowStart) && !on.isAfter(today))
                .max(Comparator.naturalOrder());
    }

    private static boolean linkedOn(Platform platform, List<Link> links) {
        return links.stream().anyMatch(link -> link.platformId().equals(platform.id())
                && link.state() != LinkState.NONE);
    }
}
