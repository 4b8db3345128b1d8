package app.rapport.domain;

import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.reason;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Readiness to connect: one verdict per contact and platform, by PRODUCT.md's rules 1–6, first match wins.
 * A pure function of its arguments; the day is passed in so the same facts always give the same verdict.
 */
public final class ReadinessEngine {

    private ReadinessEngine() {
    }

    /**
     * The verdict for {@code contact} on {@code platform} as of {@code today}, or empty for an archived contact
     * (archived contacts are not evaluated, so they get no verdict, follow-up or collision).
     *
     * @param linksOfContact        the contact's links on any platform, at most one per platform
     * @param interactionsOfContact the contact's interactions; those after {@code today} are not counted
     * @param allPlatforms          the user's platforms, to find where to redirect and which are personal
     * @throws IllegalArgumentException if the contact has more than one link on {@code platform}
     */
    public static Optional<Verdict> evaluate(Contact contact, List<Link> linksOfContact,
                                             List<Interaction> interactionsOfContact, Settings settings,
                                             Platform platform, List<Platform> allPlatforms, LocalDate today) {
        if (contact.archived()) {
            return Optional.empty();
        }
        return evaluate(contact, linksOfContact, Familiarity.asOf(contact, interactionsOfContact, settings, today),
                settings, platform, allPlatforms, today);
    }

    /**
     * {@link #evaluate(Contact, List, List, Settings, Platform, List, LocalDate)} with the contact's familiarity
     * as of {@code today} already worked out: it is the same on every platform, so a caller asking about all of
     * them works it out once.
     */
    public static Optional<Verdict> evaluate(Contact contact, List<Link> linksOfContact, Familiarity familiarity,
                                             Settings settings, Platform platform, List<Platform> allPlatforms,
                                             LocalDate today) {
        if (contact.archived()) {
            return Optional.empty();
        }
        ReadinessSituation situation = new ReadinessSituation(contact, platform, linkOn(platform, linksOfContact),
                linksOfContact, familiarity, settings, allPlatforms, today);
        return Optional.of(decide(situation));
    }

    // A plain loop by index, with no iterator: this runs for every contact on every platform, 150,000 times for
    // the readiness page.
    private static Optional<Link> linkOn(Platform platform, List<Link> links) {
        Link found = null;
        int count = 0;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.platformId().equals(platform.id())) {
                found = link;
                count++;
            }
        }
        if (count > 1) {
            throw new IllegalArgumentException("A contact has one link per platform, but there are "
                    + count + " on " + platform.name() + ".");
        }
        return Optional.ofNullable(found);
    }

    private static Verdict decide(ReadinessSituation s) {
        if (s.state() == LinkState.CONNECTED) {
            return connected(s);
        }
        if (s.state() == LinkState.DECLINED_BY_THEM) {
            return Verdict.worded(VerdictKind.RESPECT_DECLINE, "2",
                    () -> List.of(reason("2", "[000]", s.name() + " declined your " + s.platformName() + " request"
                            + s.onDay() + "; a request that is not accepted should be respected")),
                    () -> "Respect their choice: do not send " + s.name() + " another " + s.platformName() + " request.");
        }
        if (s.state() == LinkState.REQUEST_SENT && unansweredTooLong(s)) {
            return Verdict.worded(VerdictKind.RESPECT_DECLINE, "2",
                    () -> List.of(reason("2", "[000]", "Your " + s.platformName() + " request to " + s.name()
                            + " of " + day(s.since().orElseThrow()) + " has gone unanswered for " + daysSince(s)
                            + " days, longer than the no-answer period of " + s.settings().noAnswerDays()
                            + " days, so it counts as declined")),
                    () -> "Take the silence as a no: withdraw your " + s.platformName() + " request to " + s.name()
                            + " and do not send another.");
        }
        return switch (s.platform().sphere()) {
            case PROFESSIONAL -> ProfessionalSphereRules.decide(s);
            case PERSONAL -> PersonalSphereRules.decide(s);
            case PUBLIC -> Verdict.worded(VerdictKind.READY, "5",
                    () -> List.of(reason("5", "[004]", s.platformName()
                            + " is public: it is for connecting with people you want to meet")),
                    () -> s.whenReady("Follow " + s.name() + " back on " + s.platformName()
                                    + " if you would like to meet them.",
                            "Follow " + s.name() + " on " + s.platformName() + " if you would like to meet them."));
            case BRAND -> Verdict.worded(VerdictKind.READY, "6",
                    () -> List.of(reason("6", "[002]", "Your " + s.platformName()
                            + " represents your business, and anyone may follow it")),
                    () -> s.whenReady("Accept " + s.name() + "'s request on your " + s.platformName() + ".",
                            "Invite " + s.name() + " to like your " + s.platformName() + "."));
        };
    }

    private static Verdict connected(ReadinessSituation s) {
        boolean collision = s.settings().worlds() == Worlds.SEPARATE
                && s.contact().category() == Category.PROFESSIONAL
                && s.platform().sphere() == Sphere.PERSONAL;
        if (!collision) {
            return Verdict.worded(VerdictKind.CONNECTED, "1", () -> List.of(connectedSince(s)),
                    () -> "Nothing to do on " + s.platformName()
                            + ": keep the relationship growing by spending time together, not with likes.");
        }
        return Verdict.worded(VerdictKind.CONNECTED, "1", () -> List.of(connectedSince(s),
                        reason("1", "[000][001]", "This is a collision: " + s.name()
                                + " is a professional contact who can see your personal posts on " + s.platformName()
                                + ", while you keep your worlds separate")),
                () -> "Review your " + s.platformName() + " privacy settings, or the connection itself: " + s.name()
                        + " is a professional contact who can see your personal posts.", Optional.empty(), true);
    }

    private static String connectedSince(ReadinessSituation s) {
        return reason("1", "", s.since()
                .map(since -> "You and " + s.name() + " have been connected on " + s.platformName() + " since "
                        + day(since))
                .orElse("You and " + s.name() + " are connected on " + s.platformName()
                        + " (since when is not known)"));
    }

    // "Longer than" is strict: on the last day of the period the request is still only waiting. A request
    // whose day nobody knows is not known to have waited that long, so it stays a request.
    private static boolean unansweredTooLong(ReadinessSituation s) {
        return s.since().isPresent() && daysSince(s) > s.settings().noAnswerDays();
    }

    private static long daysSince(ReadinessSituation s) {
        return ChronoUnit.DAYS.between(s.since().orElseThrow(), s.today());
    }
}
