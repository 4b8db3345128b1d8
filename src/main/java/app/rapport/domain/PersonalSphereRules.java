package app.rapport.domain;

import static app.rapport.domain.ReadinessSituation.count;
import static app.rapport.domain.ReadinessSituation.day;
import static app.rapport.domain.ReadinessSituation.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 4: a personal platform such as Facebook lets a contact into the user's private life, so it depends on
 * which world the contact belongs to and, when the worlds meet, on time spent together [000][001][002].
 */
final class PersonalSphereRules {

    // [000] names bosses, new clients and interviewers as the awkward cases.
    private static final Set<Relationship> KEPT_APART =
            EnumSet.of(Relationship.MANAGER, Relationship.CLIENT, Relationship.INTERVIEWER);

    private PersonalSphereRules() {
    }

    static Verdict decide(ReadinessSituation s) {
        Category category = s.contact().category();
        if (category == Category.UNDECIDED) {
            return Verdict.worded(VerdictKind.DECIDE_CATEGORY, "4a",
                    () -> List.of(reason("4a", "[002]", "You have not decided whether " + s.name()
                            + " is a personal or a professional contact")),
                    () -> "Decide where " + s.name() + " belongs. " + Category.DECIDING_QUESTION);
        }
        if (category == Category.PERSONAL) {
            return Verdict.worded(VerdictKind.READY, "4b",
                    () -> List.of(reason("4b", "", s.name() + " is a personal contact, and " + s.platformName()
                            + " is for family and friends")),
                    () -> s.whenReady("Accept " + s.name() + "'s " + s.platformName() + " request.",
                            "Connect with " + s.name() + " on " + s.platformName() + " whenever you like."));
        }
        if (category == Category.PROFESSIONAL && s.settings().worlds() == Worlds.SEPARATE) {
            return KEPT_APART.contains(s.contact().relationship()) ? keepApart(s) : redirect(s);
        }
        return whenKnownWellEnough(s);
    }

    private static String separateWorlds(ReadinessSituation s) {
        return reason("4c", "[000][001][002]", s.name() + " is a professional contact, and you keep your personal and "
                + "professional worlds separate");
    }

    private static Verdict keepApart(ReadinessSituation s) {
        return Verdict.worded(VerdictKind.KEEP_APART, "4c", () -> keepApartReasons(s), () -> keepApartStep(s));
    }

    private static List<String> keepApartReasons(ReadinessSituation s) {
        String relationship = s.contact().relationship().label().toLowerCase(Locale.ROOT);
        return List.of(separateWorlds(s),
                reason("4c", "[000]", s.name() + " is your " + relationship + ": a boss, a new client or an "
                        + "interviewer is exactly who should not see your personal posts on " + s.platformName()));
    }

    private static String keepApartStep(ReadinessSituation s) {
        String platform = s.platformName();
        return switch (s.state()) {
            case REQUEST_RECEIVED -> answerInPerson(s, "that you keep " + platform
                    + " for family and friends and truly value your professional relationship; then decline.");
            case REQUEST_SENT -> "Withdraw your " + platform + " request to " + s.name()
                    + ": keep your personal posts out of your professional relationship.";
            default -> "Do not connect with " + s.name() + " on " + platform
                    + ": keep your personal posts out of your professional relationship.";
        };
    }

    private static Verdict redirect(ReadinessSituation s) {
        Optional<Platform> target = redirectTarget(s.allPlatforms());
        return Verdict.worded(VerdictKind.REDIRECT, "4c", () -> redirectReasons(s, target),
                () -> redirectStep(s, target), target, false);
    }

    private static List<String> redirectReasons(ReadinessSituation s, Optional<Platform> target) {
        String reasonForTarget = target
                .map(to -> s.name() + " can " + joinOn(to) + " instead")
                .orElse("You have no professional platform or business page to offer " + s.name()
                        + " instead; add one to your platforms");
        return List.of(separateWorlds(s), reason("4c", "[002]", reasonForTarget));
    }

    private static String redirectStep(ReadinessSituation s, Optional<Platform> target) {
        String platform = s.platformName();
        return switch (s.state()) {
            case REQUEST_RECEIVED -> answerInPerson(s, "that you keep " + platform
                    + " for family and friends and truly value your professional relationship"
                    + target.map(to -> "; invite them to " + joinOn(to) + " instead.").orElse("."));
            case REQUEST_SENT -> "Withdraw your " + platform + " request to " + s.name()
                    + target.map(to -> " and invite them to " + joinOn(to) + " instead.").orElse(".");
            default -> "Keep " + platform + " for family and friends: " + target
                    .map(to -> "invite " + s.name() + " to " + joinOn(to) + " instead.")
                    .orElse("do not connect with " + s.name() + " there.");
        };
    }

    private static String joinOn(Platform target) {
        return target.sphere() == Sphere.BRAND
                ? "follow your " + target.name()
                : "connect with you on " + target.name();
    }

    // [001]: answer promptly, in person or by phone, brief, simple, honest and kind.
    private static String answerInPerson(ReadinessSituation s, String message) {
        String when = s.since().map(received -> received.plusDays(s.settings().replyWindowDays()))
                .filter(answerBy -> !answerBy.isBefore(s.today()))
                .map(answerBy -> "By " + day(answerBy)).orElse("As soon as you can");
        return when + ", tell " + s.name() + " in person or by phone (never by voicemail, email or text) " + message;
    }

    /**
     * The first visible professional platform in the user's order, else the first visible brand page. A plain
     * loop: this runs for every professional contact on every personal platform, some 60,000 times for the
     * readiness page.
     */
    private static Optional<Platform> redirectTarget(List<Platform> allPlatforms) {
        Platform professional = null;
        Platform brand = null;
        for (Platform platform : allPlatforms) {
            if (platform.hidden()) {
                continue;
            }
            if (platform.sphere() == Sphere.PROFESSIONAL && firstOf(platform, professional)) {
                professional = platform;
            } else if (platform.sphere() == Sphere.BRAND && firstOf(platform, brand)) {
                brand = platform;
            }
        }
        return Optional.ofNullable(professional != null ? professional : brand);
    }

    private static boolean firstOf(Platform platform, Platform sofar) {
        return sofar == null || platform.position() < sofar.position();
    }

    private static Verdict whenKnownWellEnough(ReadinessSituation s) {
        Familiarity known = s.familiarity();
        if (known.knownLongEnough() && known.strongInteractions() >= s.settings().strongInteractionsNeeded()) {
            return Verdict.worded(VerdictKind.READY, "4d", () -> knownWellEnoughReasons(s),
                    () -> s.whenReady("Accept " + s.name() + "'s " + s.platformName() + " request.",
                            "Connect with " + s.name() + " on " + s.platformName()
                                    + ": you have spent enough time together."));
        }
        return Verdict.worded(VerdictKind.GET_TO_KNOW_FIRST, "4d", () -> knownWellEnoughReasons(s),
                () -> getToKnowStep(s));
    }

    private static List<String> knownWellEnoughReasons(ReadinessSituation s) {
        Familiarity known = s.familiarity();
        int needed = s.settings().strongInteractionsNeeded();
        int getToKnowDays = s.settings().getToKnowDays();
        List<String> reasons = new ArrayList<>();
        reasons.add(s.contact().category() == Category.BOTH
                ? reason("4d", "[001]", s.name() + " is both a personal and a professional contact")
                : reason("4d", "[001]", s.name() + " is a professional contact, and you blend your worlds"));
        reasons.add(reason("4d", "[000]", known.knownSince()
                .map(since -> "You have known " + s.name() + " for " + count(known.daysKnown(), "day", "days")
                        + ", since " + day(since) + "; the get-to-know period is "
                        + count(getToKnowDays, "day", "days"))
                .orElse("You have not met or talked with " + s.name() + " yet (likes and comments do not count); "
                        + "the get-to-know period is " + count(getToKnowDays, "day", "days"))));
        reasons.add(reason("4d", "[000]", "You have had " + count(known.strongInteractions(), "strong interaction",
                "strong interactions") + " (in person, coffee or meal, working together); " + needed + " needed"));
        return reasons;
    }

    private static String getToKnowStep(ReadinessSituation s) {
        Familiarity known = s.familiarity();
        int missing = s.settings().strongInteractionsNeeded() - known.strongInteractions();
        List<String> todo = new ArrayList<>();
        if (missing > 0) {
            todo.add("meet " + s.name() + " for coffee or a meal "
                    + (missing == 1 ? "once more" : missing + " more times"));
        }
        if (!known.knownLongEnough()) {
            todo.add(known.knownSince()
                    .map(since -> "wait until " + day(since.plusDays(s.settings().getToKnowDays())))
                    .orElse("take " + count(s.settings().getToKnowDays(), "day", "days") + " to get to know "
                            + (missing > 0 ? "them" : s.name())));
        }
        String steps = String.join(" and ", todo);
        return Character.toUpperCase(steps.charAt(0)) + steps.substring(1) + " " + s.beforeConnecting() + ".";
    }
}
