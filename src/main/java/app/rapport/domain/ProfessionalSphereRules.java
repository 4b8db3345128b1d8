package app.rapport.domain;

import static app.rapport.domain.ReadinessSituation.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule 3: a professional platform such as LinkedIn reflects on the user's reputation, so a selective user
 * connects only with people they have met or worked with and can vouch for [004].
 */
final class ProfessionalSphereRules {

    private ProfessionalSphereRules() {
    }

    static Verdict decide(ReadinessSituation s) {
        String name = s.name();
        String platform = s.platformName();
        Familiarity known = s.familiarity();
        if (s.settings().jobSeeking() && s.contact().relationship() == Relationship.RECRUITER) {
            return Verdict.worded(VerdictKind.READY, "3a",
                    () -> List.of(reason("3a", "[004]", "You are looking for a job and " + name
                            + " is a recruiter: connect even if you have never met")),
                    () -> s.whenReady("Accept " + name + "'s " + platform
                                    + " request and tell them what kind of role you are looking for.",
                            "Invite " + name + " to connect on " + platform
                                    + " with a personalized note saying what kind of role you are looking for."));
        }
        if (s.settings().linkedInStyle() == LinkedInStyle.OPEN) {
            return Verdict.worded(VerdictKind.READY, "3b",
                    () -> List.of(reason("3b", "[003]", "You are an open networker: being connected is a starting "
                            + "point for getting to know each other")),
                    () -> s.whenReady("Accept " + name + "'s " + platform + " request, and when you write to them send "
                                    + "a personalized note, not the default greeting.",
                            "Send " + name + " a " + platform + " invitation with a personalized note, "
                                    + "not the default greeting."));
        }
        boolean spokeOrWorked = known.spoke() || known.workedTogether();
        if (spokeOrWorked && known.canVouch()) {
            return Verdict.worded(VerdictKind.READY, "3c",
                    () -> List.of(reason("3c", "[003][004]", "You have " + howYouKnowThem(known, name)),
                            reason("3c", "[004]", "You can speak to " + name
                                    + "'s professional abilities: you wrote down what you would say about them")),
                    () -> s.whenReady("Accept " + name + "'s " + platform + " request.",
                            "Send " + name + " a personalized " + platform
                                    + " invitation that recalls how you know each other."));
        }
        return getToKnowFirst(s, spokeOrWorked);
    }

    private static String howYouKnowThem(Familiarity known, String name) {
        String talked = known.metInPerson() ? "met " + name + " in person" : "spoken with " + name + " by phone or video";
        if (known.spoke() && known.workedTogether()) {
            return talked + " and worked together";
        }
        return known.spoke() ? talked : "worked with " + name;
    }

    /**
     * Rule 3d's next step names the one thing still missing: speaking with them first, then the vouch answer.
     * Family members and friends are no exception [004], but telling them apart from strangers ("you have not
     * spoken with your sister yet") would read as nonsense, so for them the words are about their work.
     */
    private static Verdict getToKnowFirst(ReadinessSituation s, boolean spokeOrWorked) {
        return Verdict.worded(VerdictKind.GET_TO_KNOW_FIRST, "3d", () -> getToKnowReasons(s, spokeOrWorked),
                () -> getToKnowStep(s, spokeOrWorked));
    }

    private static List<String> getToKnowReasons(ReadinessSituation s, boolean spokeOrWorked) {
        String name = s.name();
        List<String> reasons = new ArrayList<>();
        if (!spokeOrWorked) {
            reasons.add(reason("3d", "[003][004]", isClose(s.contact())
                    ? "No talk with " + name + " about their work is logged yet, in person or by a call"
                    : "You have not spoken with " + name + " yet, in person or by a call, or worked together"));
        }
        if (!s.familiarity().canVouch()) {
            reasons.add(reason("3d", "[004]", "You cannot yet speak to " + name + "'s professional abilities: "
                    + "you have not written down what you would say about them if someone asked"));
        }
        personalTie(s).ifPresent(tie -> reasons.add(reason("3d", "[004]", tie
                + " is no exception: it says nothing about " + name + "'s work")));
        return reasons;
    }

    private static String getToKnowStep(ReadinessSituation s, boolean spokeOrWorked) {
        String name = s.name();
        if (spokeOrWorked) {
            return "Write down what you would say about " + name + "'s work if someone asked you, "
                    + s.beforeConnecting() + ".";
        }
        if (isClose(s.contact())) {
            return "Next time you see " + name + ", ask about their work and log the talk; then write down "
                    + "what you would say about it, " + s.beforeConnecting() + ".";
        }
        return "Invite " + name + " for coffee or a call " + s.beforeConnecting()
                + ", and learn enough about their work to vouch for it.";
    }

    // A personal tie is what tempts the user to skip the rule, so the reason names it when there is one.
    private static Optional<String> personalTie(ReadinessSituation s) {
        Contact contact = s.contact();
        // Family comes first: "being friends on Instagram" is the wrong word for a cousin.
        if (contact.relationship() == Relationship.FAMILY) {
            return Optional.of("Being family");
        }
        Optional<String> connectedOnPersonal = s.allPlatforms().stream()
                .filter(platform -> platform.sphere() == Sphere.PERSONAL)
                .filter(platform -> s.linksOfContact().stream().anyMatch(link ->
                        link.platformId().equals(platform.id()) && link.state() == LinkState.CONNECTED))
                .map(platform -> "Being friends on " + platform.name())
                .findFirst();
        if (connectedOnPersonal.isPresent()) {
            return connectedOnPersonal;
        }
        boolean personal = contact.category() == Category.PERSONAL || contact.category() == Category.BOTH
                || isClose(contact);
        return personal ? Optional.of("Knowing " + s.name() + " personally") : Optional.empty();
    }

    private static boolean isClose(Contact contact) {
        return contact.relationship() == Relationship.FAMILY || contact.relationship() == Relationship.FRIEND;
    }
}
