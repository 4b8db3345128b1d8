package app.rapport.domain;

import static app.rapport.domain.Category.BOTH;
import static app.rapport.domain.Category.PERSONAL;
import static app.rapport.domain.Category.PROFESSIONAL;
import static app.rapport.domain.InteractionKind.COFFEE_OR_MEAL;
import static app.rapport.domain.InteractionKind.EMAIL;
import static app.rapport.domain.InteractionKind.EVENT;
import static app.rapport.domain.InteractionKind.IN_PERSON;
import static app.rapport.domain.InteractionKind.MESSAGE;
import static app.rapport.domain.InteractionKind.PHONE_CALL;
import static app.rapport.domain.InteractionKind.SOCIAL_MEDIA;
import static app.rapport.domain.InteractionKind.VIDEO_CALL;
import static app.rapport.domain.InteractionKind.WORKED_TOGETHER;
import static app.rapport.domain.LinkState.CONNECTED;
import static app.rapport.domain.LinkState.DECLINED_BY_ME;
import static app.rapport.domain.LinkState.DECLINED_BY_THEM;
import static app.rapport.domain.LinkState.REQUEST_RECEIVED;
import static app.rapport.domain.LinkState.REQUEST_SENT;
import static app.rapport.domain.ReadinessScenario.on;
import static app.rapport.domain.Relationship.CLIENT;
import static app.rapport.domain.Relationship.COLLEAGUE;
import static app.rapport.domain.Relationship.FRIEND;
import static app.rapport.domain.Relationship.INTERVIEWER;
import static app.rapport.domain.Relationship.MANAGER;
import static app.rapport.domain.Relationship.NETWORKING_CONTACT;
import static app.rapport.domain.Relationship.OTHER;
import static app.rapport.domain.Relationship.PROSPECT;
import static app.rapport.domain.Relationship.RECRUITER;
import static app.rapport.domain.VerdictKind.DECIDE_CATEGORY;
import static app.rapport.domain.VerdictKind.GET_TO_KNOW_FIRST;
import static app.rapport.domain.VerdictKind.KEEP_APART;
import static app.rapport.domain.VerdictKind.READY;
import static app.rapport.domain.VerdictKind.REDIRECT;
import static app.rapport.domain.VerdictKind.RESPECT_DECLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md's "Readiness to connect" rules, one case per rule and sub-rule, plus the boundaries of its terms. */
class ReadinessEngineTest {

    /** The articles PRODUCT.md cites for each rule; rules 1 and 4b cite none. */
    private static final Map<String, List<String>> ARTICLES = Map.of(
            "2", List.of("[000]"),
            "3a", List.of("[004]"),
            "3b", List.of("[003]"),
            "3c", List.of("[004]"),
            "3d", List.of("[004]"),
            "4a", List.of("[002]"),
            "4c", List.of("[000]", "[001]", "[002]"),
            "4d", List.of("[000]", "[001]"),
            "5", List.of("[004]"),
            "6", List.of("[002]"));

    private static final Settings BLEND = Settings.defaults().withWorlds(Worlds.BLEND);
    private static final Settings OPEN = Settings.defaults().withLinkedInStyle(LinkedInStyle.OPEN);
    private static final Settings JOB_SEEKING = Settings.defaults().withJobSeeking(true);

    record Case(String name, ReadinessScenario scenario, VerdictKind kind, String rule, boolean collision,
                Optional<String> redirectTo, List<String> mentions) {

        static Case expect(String name, ReadinessScenario scenario, VerdictKind kind, String rule) {
            return new Case(name, scenario, kind, rule, false, Optional.empty(), List.of());
        }

        Case asCollision() {
            return new Case(name, scenario, kind, rule, true, redirectTo, mentions);
        }

        Case redirectingTo(String platformId) {
            return new Case(name, scenario, kind, rule, collision, Optional.of(platformId), mentions);
        }

        /** Words the reasons or the next step must contain, to show which facts decided. */
        Case mentioning(String... words) {
            return new Case(name, scenario, kind, rule, collision, redirectTo, Arrays.asList(words));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> rules() {
        return Stream.of(
                Case.expect("1: a personal contact connected on Facebook",
                        on("facebook").is(PERSONAL, FRIEND).link(CONNECTED, 100), VerdictKind.CONNECTED, "1"),
                Case.expect("1 collision: a professional contact connected on Facebook, worlds separate",
                        on("facebook").is(PROFESSIONAL, CLIENT).link(CONNECTED, 100), VerdictKind.CONNECTED, "1")
                        .asCollision().mentioning("collision", "[000][001]", "privacy settings"),
                Case.expect("1 collision only for PERSONAL platforms: a professional contact connected on LinkedIn",
                        on("linkedin").is(PROFESSIONAL, CLIENT).link(CONNECTED, 100), VerdictKind.CONNECTED, "1"),
                Case.expect("1 collision only when separate: a professional contact on Facebook, worlds blended",
                        on("facebook").is(PROFESSIONAL, CLIENT).link(CONNECTED, 100).settings(BLEND),
                        VerdictKind.CONNECTED, "1"),
                Case.expect("1 collision only for PROFESSIONAL contacts: a BOTH contact connected on Instagram",
                        on("instagram").is(BOTH, COLLEAGUE).link(CONNECTED, 100), VerdictKind.CONNECTED, "1"),
                Case.expect("1 comes first: an undecided contact already connected on Facebook",
                        on("facebook").link(CONNECTED, 3), VerdictKind.CONNECTED, "1"),

                Case.expect("2: they declined on LinkedIn although you could vouch for them",
                        readyFor3c().link(DECLINED_BY_THEM, 5), RESPECT_DECLINE, "2").mentioning("declined"),
                Case.expect("2: a request sent one day longer than the no-answer period",
                        readyFor3c().link(REQUEST_SENT, 31), RESPECT_DECLINE, "2")
                        .mentioning("31 days", "no-answer period of 30 days"),
                Case.expect("2 boundary: a request sent exactly the no-answer period ago still waits",
                        readyFor3c().link(REQUEST_SENT, 30), READY, "3c").mentioning("take it as a no"),
                Case.expect("2 needs the day: a request sent on a day nobody knows is not taken as a no",
                        readyFor3c().linkOnUnknownDay(REQUEST_SENT), READY, "3c")
                        .mentioning("day it went out is not known"),
                Case.expect("2: they declined on a day nobody knows",
                        readyFor3c().linkOnUnknownDay(DECLINED_BY_THEM), RESPECT_DECLINE, "2")
                        .mentioning("declined your LinkedIn request; a request"),
                Case.expect("1 on a day nobody knows: connected, and the reasons do not invent a day",
                        on("facebook").is(PERSONAL, FRIEND).linkOnUnknownDay(CONNECTED), VerdictKind.CONNECTED, "1")
                        .mentioning("since when is not known"),
                Case.expect("2 follows the no-answer period setting",
                        on("x").link(REQUEST_SENT, 8).settings(new Settings(Worlds.SEPARATE,
                                LinkedInStyle.SELECTIVE, false, 21, 2, 2, 7)), RESPECT_DECLINE, "2"),
                Case.expect("2 is about their decline only: a request you declined yourself",
                        on("x").link(DECLINED_BY_ME, 40), READY, "5"),

                Case.expect("3a: job seeking, a recruiter you never met sends a request",
                        on("linkedin").is(PROFESSIONAL, RECRUITER).link(REQUEST_RECEIVED, 1).settings(JOB_SEEKING),
                        READY, "3a").mentioning("Accept Ana Lima's LinkedIn request"),
                Case.expect("3a needs job seeking: a recruiter you never met",
                        on("linkedin").is(PROFESSIONAL, RECRUITER).link(REQUEST_RECEIVED, 1),
                        GET_TO_KNOW_FIRST, "3d"),
                Case.expect("3a needs a recruiter: job seeking, a prospect you never met",
                        on("linkedin").is(PROFESSIONAL, PROSPECT).settings(JOB_SEEKING), GET_TO_KNOW_FIRST, "3d"),
                Case.expect("3b: open networker, a stranger's request",
                        on("linkedin").link(REQUEST_RECEIVED, 0).settings(OPEN), READY, "3b")
                        .mentioning("personalized note, not the default greeting"),
                Case.expect("3c: met in person over coffee and can vouch",
                        readyFor3c(), READY, "3c").mentioning("met Ana Lima in person", "professional abilities"),
                Case.expect("3c: worked together and can vouch",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(WORKED_TOGETHER, 200).canVouch(),
                        READY, "3c").mentioning("worked with Ana Lima"),
                Case.expect("3c: talking at an event is meeting in person",
                        on("linkedin").is(PROFESSIONAL, NETWORKING_CONTACT).interaction(EVENT, 3).canVouch(),
                        READY, "3c"),
                Case.expect("3c fails without a vouch: met over coffee, nothing to say about their work",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, 10),
                        GET_TO_KNOW_FIRST, "3d").mentioning("cannot yet speak to Ana Lima's professional abilities"),
                Case.expect("3c: spoke by phone and can vouch",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(PHONE_CALL, 30).canVouch(),
                        READY, "3c").mentioning("spoken with Ana Lima by phone or video"),
                Case.expect("3c: spoke by video call and can vouch",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(VIDEO_CALL, 3).canVouch(),
                        READY, "3c"),
                Case.expect("3c fails with emails and messages only, even with a vouch",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(EMAIL, 30)
                                .interaction(MESSAGE, 10).interaction(SOCIAL_MEDIA, 5).canVouch(),
                        GET_TO_KNOW_FIRST, "3d").mentioning("not spoken with Ana Lima yet",
                                "Invite Ana Lima for coffee or a call"),
                Case.expect("3c fails with a call still to come",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(PHONE_CALL, -1).canVouch(),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Invite Ana Lima for coffee or a call"),
                Case.expect("3d: not spoken yet, so the next step is coffee or a call",
                        on("linkedin"), GET_TO_KNOW_FIRST, "3d")
                        .mentioning("Invite Ana Lima for coffee or a call before connecting on LinkedIn"),
                Case.expect("3d: a stranger's request waits for the coffee",
                        on("linkedin").link(REQUEST_RECEIVED, 2), GET_TO_KNOW_FIRST, "3d")
                        .mentioning("before answering their LinkedIn request"),
                Case.expect("3d: spoken over coffee but cannot vouch, so the next step is the vouch answer",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, 10)
                                .link(REQUEST_RECEIVED, 2), GET_TO_KNOW_FIRST, "3d")
                        .mentioning("Write down what you would say about Ana Lima's work if someone asked you, "
                                + "before answering their LinkedIn request."),
                Case.expect("3d: a call is speaking too, so only the vouch answer is missing",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(PHONE_CALL, 10),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Write down what you would say about Ana Lima's work"),
                Case.expect("3d: worked together but cannot vouch",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(WORKED_TOGETHER, 100),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Write down what you would say about Ana Lima's work"),
                Case.expect("3d: a personal friend on Facebook is no exception",
                        on("linkedin").is(PERSONAL, FRIEND).link("facebook", CONNECTED, 900)
                                .interaction(IN_PERSON, 300).interaction(COFFEE_OR_MEAL, 20),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Being friends on Facebook is no exception"),
                Case.expect("3d in family terms: family is no exception, and the step is a talk about their work",
                        on("linkedin").is(PERSONAL, Relationship.FAMILY), GET_TO_KNOW_FIRST, "3d")
                        .mentioning("No talk with Ana Lima about their work is logged yet",
                                "Being family is no exception",
                                "Next time you see Ana Lima, ask about their work and log the talk"),
                Case.expect("3d in family terms even when connected on a personal platform",
                        on("linkedin").is(PERSONAL, Relationship.FAMILY).link("instagram", CONNECTED, 400)
                                .interaction(IN_PERSON, 3),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Being family is no exception"),
                Case.expect("3d for family once they have talked: the vouch answer, as for anyone",
                        on("linkedin").is(PERSONAL, Relationship.FAMILY).interaction(IN_PERSON, 3),
                        GET_TO_KNOW_FIRST, "3d").mentioning("Write down what you would say about Ana Lima's work"),

                Case.expect("4a: an undecided contact on Facebook",
                        on("facebook").link(REQUEST_RECEIVED, 1), DECIDE_CATEGORY, "4a").mentioning("barbecue"),
                Case.expect("4b: a personal contact on Instagram, even one just met",
                        on("instagram").is(PERSONAL, OTHER), READY, "4b"),
                Case.expect("4c: your manager asks on Facebook",
                        on("facebook").is(PROFESSIONAL, MANAGER).link(REQUEST_RECEIVED, 1), KEEP_APART, "4c")
                        .mentioning("in person or by phone", "never by voicemail, email or text", "By Jun 16, 2025"),
                Case.expect("4c: a manager's request left past the reply window is still answered in person",
                        on("facebook").is(PROFESSIONAL, MANAGER).link(REQUEST_RECEIVED, 5), KEEP_APART, "4c")
                        .mentioning("As soon as you can, tell Ana Lima in person or by phone"),
                Case.expect("4c: a client on Facebook",
                        on("facebook").is(PROFESSIONAL, CLIENT), KEEP_APART, "4c").mentioning("your client"),
                Case.expect("4c: an interviewer on Instagram",
                        on("instagram").is(PROFESSIONAL, INTERVIEWER), KEEP_APART, "4c"),
                Case.expect("4c: a colleague on Facebook goes to LinkedIn",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE), REDIRECT, "4c").redirectingTo("linkedin")
                        .mentioning("invite Ana Lima to connect with you on LinkedIn instead"),
                Case.expect("4c: a recruiter's Instagram request is answered in person and redirected",
                        on("instagram").is(PROFESSIONAL, RECRUITER).link(REQUEST_RECEIVED, 0), REDIRECT, "4c")
                        .redirectingTo("linkedin")
                        .mentioning("in person or by phone", "invite them to connect with you on LinkedIn"),
                Case.expect("4c: your own Facebook request to a colleague is withdrawn",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE).link(REQUEST_SENT, 3), REDIRECT, "4c")
                        .redirectingTo("linkedin").mentioning("Withdraw your Facebook request to Ana Lima"),
                Case.expect("4c: no professional platform, so the business page",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE).platforms(defaultsWithout("linkedin")),
                        REDIRECT, "4c").redirectingTo("business-page")
                        .mentioning("invite Ana Lima to follow your Business page instead"),
                Case.expect("4c: a hidden LinkedIn is not offered",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE).platforms(withLinkedInHidden()),
                        REDIRECT, "4c").redirectingTo("business-page"),
                Case.expect("4c: the first professional platform in the user's order",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE).platforms(withXingFirst()),
                        REDIRECT, "4c").redirectingTo("xing"),
                Case.expect("4c: nowhere to redirect to",
                        on("facebook").is(PROFESSIONAL, COLLEAGUE).platforms(defaultsWithout("linkedin",
                                "business-page")), REDIRECT, "4c").mentioning("add one to your platforms"),
                Case.expect("4d: BOTH, known long enough with enough strong interactions",
                        on("facebook").is(BOTH, COLLEAGUE).metDaysAgo(60).interaction(COFFEE_OR_MEAL, 30)
                                .interaction(WORKED_TOGETHER, 10), READY, "4d"),
                Case.expect("4d boundary: known exactly the get-to-know period",
                        on("facebook").is(BOTH, COLLEAGUE).metDaysAgo(21).interaction(COFFEE_OR_MEAL, 14)
                                .interaction(IN_PERSON, 7), READY, "4d").mentioning("for 21 days"),
                Case.expect("4d boundary: known one day less than the get-to-know period",
                        on("facebook").is(BOTH, COLLEAGUE).metDaysAgo(20).interaction(COFFEE_OR_MEAL, 14)
                                .interaction(IN_PERSON, 7), GET_TO_KNOW_FIRST, "4d")
                        .mentioning("for 20 days", "Wait until Jun 16, 2025 before connecting on Facebook"),
                Case.expect("4d: known since the first interaction when there is no met-on day",
                        on("facebook").is(BOTH, FRIEND).interaction(IN_PERSON, 21).interaction(COFFEE_OR_MEAL, 2),
                        READY, "4d"),
                Case.expect("4d: known since the earlier of met-on and the first interaction",
                        on("facebook").is(BOTH, FRIEND).metDaysAgo(5).interaction(EMAIL, 40)
                                .interaction(COFFEE_OR_MEAL, 4).interaction(COFFEE_OR_MEAL, 2), READY, "4d"),
                Case.expect("4d: not enough strong interactions, medium ones are not strong",
                        on("facebook").is(BOTH, COLLEAGUE).metDaysAgo(90).interaction(COFFEE_OR_MEAL, 60)
                                .interaction(PHONE_CALL, 40).interaction(VIDEO_CALL, 30).interaction(EVENT, 20),
                        GET_TO_KNOW_FIRST, "4d").mentioning("1 strong interaction", "once more"),
                Case.expect("4d: weak interactions are not strong",
                        on("instagram").is(BOTH, COLLEAGUE).metDaysAgo(90).interaction(IN_PERSON, 60)
                                .interaction(EMAIL, 40).interaction(MESSAGE, 30).interaction(MESSAGE, 3),
                        GET_TO_KNOW_FIRST, "4d"),
                Case.expect("4d: a professional contact in BLEND mode, ready",
                        on("facebook").is(PROFESSIONAL, CLIENT).settings(BLEND).metDaysAgo(45)
                                .interaction(COFFEE_OR_MEAL, 40).interaction(COFFEE_OR_MEAL, 12), READY, "4d")
                        .mentioning("you blend your worlds"),
                Case.expect("4d: a manager in BLEND mode is not kept apart, only not known long enough",
                        on("facebook").is(PROFESSIONAL, MANAGER).settings(BLEND).metDaysAgo(10)
                                .interaction(WORKED_TOGETHER, 9).interaction(WORKED_TOGETHER, 8),
                        GET_TO_KNOW_FIRST, "4d"),
                Case.expect("4d: SOCIAL_MEDIA only counts for nothing, not even for known since",
                        on("facebook").is(BOTH, COLLEAGUE).interaction(SOCIAL_MEDIA, 300)
                                .interaction(SOCIAL_MEDIA, 200).interaction(SOCIAL_MEDIA, 100), GET_TO_KNOW_FIRST, "4d")
                        .mentioning("not met or talked with Ana Lima yet", "0 strong interactions"),
                Case.expect("4d: old likes do not start the get-to-know period",
                        on("facebook").is(BOTH, COLLEAGUE).interaction(SOCIAL_MEDIA, 300)
                                .interaction(COFFEE_OR_MEAL, 10).interaction(COFFEE_OR_MEAL, 5),
                        GET_TO_KNOW_FIRST, "4d")
                        .mentioning("for 10 days"),
                Case.expect("4d: interactions after today are not counted",
                        on("facebook").is(BOTH, COLLEAGUE).metDaysAgo(60).interaction(COFFEE_OR_MEAL, 30)
                                .interaction(COFFEE_OR_MEAL, -1), GET_TO_KNOW_FIRST, "4d")
                        .mentioning("1 strong interaction"),
                Case.expect("3c: a coffee planned for tomorrow is not a meeting yet",
                        on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, -1).canVouch(),
                        GET_TO_KNOW_FIRST, "3d"),

                Case.expect("5: follow anyone you want to meet on X",
                        on("x").is(PROFESSIONAL, MANAGER), READY, "5").mentioning("people you want to meet"),
                Case.expect("6: anyone may like the business page",
                        on("business-page"), READY, "6").mentioning("Invite Ana Lima to like your Business page"));
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rules")
    void decidesByTheFirstMatchingRule(Case c) {
        Verdict verdict = c.scenario().evaluate().orElseThrow();

        assertThat(verdict.kind()).isEqualTo(c.kind());
        assertThat(verdict.rule()).isEqualTo(c.rule());
        assertThat(verdict.reasons()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason).contains("rule " + c.rule()));
        assertThat(verdict.nextStep()).isNotBlank().matches("(?s).*[.?]");
        String text = String.join("\n", verdict.reasons()) + "\n" + verdict.nextStep();
        ARTICLES.getOrDefault(c.rule(), List.of()).forEach(article -> assertThat(text).contains(article));
        c.mentions().forEach(words -> assertThat(text).contains(words));
        assertThat(verdict.collision()).isEqualTo(c.collision());
        if (c.kind() == REDIRECT) {
            assertThat(verdict.redirectTo().map(Platform::id)).isEqualTo(c.redirectTo());
        } else {
            assertThat(verdict.redirectTo()).isEmpty();
        }
    }

    @Test
    void anArchivedContactIsNotEvaluated() {
        assertThat(on("linkedin").is(PROFESSIONAL, COLLEAGUE).link(CONNECTED, 10).archived().evaluate()).isEmpty();
    }

    @Test
    void twoLinksOnOnePlatformAreRefused() {
        ReadinessScenario scenario = on("linkedin").link(CONNECTED, 10).link(REQUEST_SENT, 2);

        assertThatThrownBy(scenario::evaluate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LinkedIn");
    }

    private static ReadinessScenario readyFor3c() {
        return on("linkedin").is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, 10).canVouch();
    }

    private static List<Platform> defaultsWithout(String... ids) {
        List<String> removed = List.of(ids);
        return Platform.defaults().stream().filter(platform -> !removed.contains(platform.id())).toList();
    }

    private static List<Platform> withLinkedInHidden() {
        return Platform.defaults().stream()
                .map(p -> p.id().equals("linkedin")
                        ? new Platform(p.id(), p.name(), p.sphere(), p.position(), true)
                        : p)
                .toList();
    }

    /** XING is listed last but placed first: the user's order is the position, not the list order. */
    private static List<Platform> withXingFirst() {
        return Stream.concat(Platform.defaults().stream(),
                Stream.of(new Platform("xing", "XING", Sphere.PROFESSIONAL, -1, false))).toList();
    }
}
