package app.rapport.domain;

import static app.rapport.domain.Category.BOTH;
import static app.rapport.domain.Category.PERSONAL;
import static app.rapport.domain.Category.PROFESSIONAL;
import static app.rapport.domain.Category.UNDECIDED;
import static app.rapport.domain.FollowUpRule.BIRTHDAY;
import static app.rapport.domain.FollowUpRule.F1;
import static app.rapport.domain.FollowUpRule.F2;
import static app.rapport.domain.FollowUpRule.F3;
import static app.rapport.domain.FollowUpRule.F4;
import static app.rapport.domain.FollowUpRule.F5;
import static app.rapport.domain.FollowUpRule.F6;
import static app.rapport.domain.FollowUpRule.IMPORTANT_DATE;
import static app.rapport.domain.FollowUpScenario.CONTACT_ID;
import static app.rapport.domain.FollowUpScenario.TODAY;
import static app.rapport.domain.FollowUpScenario.asOf;
import static app.rapport.domain.FollowUpScenario.contact;
import static app.rapport.domain.InteractionKind.COFFEE_OR_MEAL;
import static app.rapport.domain.InteractionKind.EMAIL;
import static app.rapport.domain.InteractionKind.EVENT;
import static app.rapport.domain.InteractionKind.IN_PERSON;
import static app.rapport.domain.InteractionKind.PHONE_CALL;
import static app.rapport.domain.InteractionKind.SOCIAL_MEDIA;
import static app.rapport.domain.LinkState.DECLINED_BY_ME;
import static app.rapport.domain.LinkState.NONE;
import static app.rapport.domain.LinkState.REQUEST_RECEIVED;
import static app.rapport.domain.LinkState.REQUEST_SENT;
import static app.rapport.domain.Relationship.COLLEAGUE;
import static app.rapport.domain.Relationship.FRIEND;
import static app.rapport.domain.Relationship.MANAGER;
import static app.rapport.domain.Relationship.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md's follow-up queue: one case per rule and its boundaries, then how the queue stays consistent. */
class FollowUpRulesTest {

    private static final String MEET_FIRST = "Meet Ana Lima for coffee or a call before answering their ";

    /** The follow-up a case expects to open; {@code platformId} is null for one about the contact. */
    record Opens(FollowUpRule rule, String platformId, LocalDate due, String triggerKey, String title) {

        static Opens of(FollowUp followUp) {
            return new Opens(FollowUpRule.named(followUp.rule()).orElseThrow(), followUp.platformId(), followUp.due(),
                    followUp.triggerKey(), followUp.title());
        }
    }

    record Case(String name, FollowUpScenario scenario, List<Opens> opens, List<String> mentions) {

        static Case expect(String name, FollowUpScenario scenario, Opens opens) {
            return new Case(name, scenario, List.of(opens), List.of());
        }

        static Case nothing(String name, FollowUpScenario scenario) {
            return new Case(name, scenario, List.of(), List.of());
        }

        /** Words the suggested message must contain. */
        Case mentioning(String... words) {
            return new Case(name, scenario, opens, Arrays.asList(words));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> rules() {
        return Stream.of(
                Case.expect("F1: a stranger's LinkedIn request waits a week for the coffee",
                        contact().link("linkedin", REQUEST_RECEIVED, 3),
                        new Opens(F1, "linkedin", inDays(4), "F1:linkedin:2025-06-12",
                                MEET_FIRST + "LinkedIn request"))
                        .mentioning("coffee or a call"),
                Case.expect("F1 once spoken but not vouched: the vouch answer is what is missing, same due day",
                        contact().is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, 1)
                                .link("linkedin", REQUEST_RECEIVED, 3),
                        new Opens(F1, "linkedin", inDays(4), "F1:linkedin:2025-06-12",
                                "Write what you would say about Ana Lima's work, then answer their LinkedIn request"))
                        .mentioning("write down what you would say about their work"),
                Case.expect("F1 after a phone call: a call is speaking too",
                        contact().is(PROFESSIONAL, COLLEAGUE).interaction(PHONE_CALL, 1)
                                .link("linkedin", REQUEST_RECEIVED, 3),
                        new Opens(F1, "linkedin", inDays(4), "F1:linkedin:2025-06-12",
                                "Write what you would say about Ana Lima's work, then answer their LinkedIn request")),
                Case.expect("F1 after only an email: still meet first",
                        contact().is(PROFESSIONAL, COLLEAGUE).interaction(EMAIL, 1)
                                .link("linkedin", REQUEST_RECEIVED, 3),
                        new Opens(F1, "linkedin", inDays(4), "F1:linkedin:2025-06-12",
                                MEET_FIRST + "LinkedIn request")),
                Case.expect("F1 for a request that came on a day nobody knows: a week from now, keyed as unknown",
                        contact().linkOnUnknownDay("linkedin", REQUEST_RECEIVED),
                        new Opens(F1, "linkedin", inDays(7), "F1:linkedin:unknown",
                                MEET_FIRST + "LinkedIn request")),
                Case.expect("F1 on a personal platform: both worlds, not known long enough",
                        contact().is(BOTH, COLLEAGUE).interaction(COFFEE_OR_MEAL, 5)
                                .link("facebook", REQUEST_RECEIVED, 1),
                        new Opens(F1, "facebook", inDays(6), "F1:facebook:2025-06-14",
                                MEET_FIRST + "Facebook request")),

                Case.expect("F2: a colleague's Facebook request is answered within the reply window",
                        contact().is(PROFESSIONAL, COLLEAGUE).link("facebook", REQUEST_RECEIVED, 1),
                        new Opens(F2, "facebook", inDays(1), "F2:facebook:2025-06-14",
                                "Answer Ana Lima in person or by phone about their Facebook request"))
                        .mentioning("in person or by phone", "never by voicemail, email or text",
                                "connect with you on LinkedIn instead"),
                Case.expect("F2 follows the reply window setting",
                        contact().is(PROFESSIONAL, COLLEAGUE).link("facebook", REQUEST_RECEIVED, 1)
                                .settings(withReplyWindow(5)),
                        new Opens(F2, "facebook", inDays(4), "F2:facebook:2025-06-14",
                                "Answer Ana Lima in person or by phone about their Facebook request")),
                Case.expect("F2: your manager's Instagram request is kept apart and declined in person",
                        contact().is(PROFESSIONAL, MANAGER).link("instagram", REQUEST_RECEIVED, 4),
                        new Opens(F2, "instagram", daysAgo(2), "F2:instagram:2025-06-11",
                                "Answer Ana Lima in person or by phone about their Instagram request"))
                        .mentioning("in person or by phone", "never by voicemail, email or text", "then decline"),

                Case.expect("F3: a request from someone you met and can vouch for is accepted today",
                        contact().is(PROFESSIONAL, COLLEAGUE).canVouch().interaction(COFFEE_OR_MEAL, 30)
                                .link("linkedin", REQUEST_RECEIVED, 10),
                        new Opens(F3, "linkedin", TODAY, "F3:linkedin:2025-06-05",
                                "Accept Ana Lima's LinkedIn request")),

                Case.expect("F4: exactly 6 weeks since the last call",
                        contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 42),
                        new Opens(F4, null, TODAY, "F4:2025-06-15", "Catch up with Ana Lima"))
                        .mentioning("every 6 weeks", "last talked on May 4, 2025"),
                Case.nothing("F4 boundary: one day less than 6 weeks",
                        contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 41)),
                Case.expect("F4: likes do not reset the cadence",
                        contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 50).interaction(SOCIAL_MEDIA, 2),
                        new Opens(F4, null, daysAgo(8), "F4:2025-06-07", "Catch up with Ana Lima")),
                Case.expect("F4: a coffee planned for next week does not count yet",
                        contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 42).interaction(COFFEE_OR_MEAL, -7),
                        new Opens(F4, null, TODAY, "F4:2025-06-15", "Catch up with Ana Lima")),
                Case.expect("F4 falls back to the day you met when you never talked since",
                        contact().keepInTouchEveryWeeks(6).metDaysAgo(45).interaction(SOCIAL_MEDIA, 1),
                        new Opens(F4, null, daysAgo(3), "F4:2025-06-12", "Catch up with Ana Lima"))
                        .mentioning("you met on May 1, 2025"),
                Case.expect("F4 falls back to the day the contact was added",
                        contact().keepInTouchEveryWeeks(1).addedDaysAgo(60),
                        new Opens(F4, null, daysAgo(53), "F4:2025-04-23", "Catch up with Ana Lima"))
                        .mentioning("every week", "you added them on Apr 16, 2025"),
                Case.nothing("F4 needs a cadence",
                        contact().interaction(PHONE_CALL, 400)),

                Case.expect("F5: coffee 14 days ago with a colleague you can vouch for",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 14),
                        new Opens(F5, "linkedin", daysAgo(12), "F5:linkedin:2025-06-01",
                                "Send Ana Lima a personalized LinkedIn invitation"))
                        .mentioning("Jun 1, 2025", "not the default greeting"),
                Case.nothing("F5 boundary: coffee 15 days ago",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 15)),
                Case.expect("F5: the most recent meeting sets the due day; a call is not a meeting",
                        readyForLinkedIn().interaction(EVENT, 10).interaction(IN_PERSON, 3).interaction(PHONE_CALL, 1),
                        new Opens(F5, "linkedin", daysAgo(1), "F5:linkedin:2025-06-12",
                                "Send Ana Lima a personalized LinkedIn invitation")),
                Case.expect("F5: a contact of both worlds met at an event",
                        contact().is(BOTH, FRIEND).canVouch().interaction(EVENT, 2),
                        new Opens(F5, "linkedin", TODAY, "F5:linkedin:2025-06-13",
                                "Send Ana Lima a personalized LinkedIn invitation")),
                Case.expect("F5: a LinkedIn link at NONE is no link",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 3).link("linkedin", NONE, 100),
                        new Opens(F5, "linkedin", daysAgo(1), "F5:linkedin:2025-06-12",
                                "Send Ana Lima a personalized LinkedIn invitation")),
                Case.nothing("F5: your own request already went out",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 3).link("linkedin", REQUEST_SENT, 2)),
                Case.expect("F5: their waiting request is F3's, not an invitation",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 3).link("linkedin", REQUEST_RECEIVED, 1),
                        new Opens(F3, "linkedin", TODAY, "F3:linkedin:2025-06-14",
                                "Accept Ana Lima's LinkedIn request")),
                Case.nothing("F5 needs the READY verdict: met, but nothing to say about their work",
                        contact().is(PROFESSIONAL, COLLEAGUE).interaction(COFFEE_OR_MEAL, 3)),
                Case.nothing("F5 is for professional contacts: a personal friend you could vouch for",
                        contact().is(PERSONAL, FRIEND).canVouch().interaction(COFFEE_OR_MEAL, 3)),
                Case.nothing("F5: no invitation on a hidden LinkedIn",
                        readyForLinkedIn().interaction(COFFEE_OR_MEAL, 3).platforms(withLinkedInHidden())),

                Case.nothing("F6 boundary: added exactly 7 days ago",
                        contact().is(UNDECIDED, OTHER).addedDaysAgo(7)),
                Case.expect("F6: added 8 days ago",
                        contact().is(UNDECIDED, OTHER).addedDaysAgo(8),
                        new Opens(F6, null, daysAgo(1), "F6:since:2025-06-07",
                                "Decide: barbecue or business lunch with Ana Lima?"))
                        .mentioning("barbecue", "business lunch"),
                Case.expect("F6: met 10 days ago, added only 2 days ago",
                        contact().is(UNDECIDED, OTHER).metDaysAgo(10).addedDaysAgo(2),
                        new Opens(F6, null, daysAgo(3), "F6:since:2025-06-05",
                                "Decide: barbecue or business lunch with Ana Lima?")),
                Case.expect("F6, not F1–F3: a request from someone added 3 days ago is due the day it came",
                        contact().is(UNDECIDED, OTHER).addedDaysAgo(3).link("facebook", REQUEST_RECEIVED, 2),
                        new Opens(F6, null, daysAgo(2), "F6:request:facebook:2025-06-13",
                                "Decide: barbecue or business lunch with Ana Lima?")),
                Case.expect("F6: a request that came on a day nobody knows counts as coming today",
                        contact().is(UNDECIDED, OTHER).addedDaysAgo(3).linkOnUnknownDay("facebook", REQUEST_RECEIVED),
                        new Opens(F6, null, TODAY, "F6:request:facebook:unknown",
                                "Decide: barbecue or business lunch with Ana Lima?")),
                Case.expect("F6: a week after adding comes before the request",
                        contact().is(UNDECIDED, OTHER).addedDaysAgo(30).link("facebook", REQUEST_RECEIVED, 2),
                        new Opens(F6, null, daysAgo(23), "F6:request:facebook:2025-06-13",
                                "Decide: barbecue or business lunch with Ana Lima?")),
                Case.expect("F6 is only for undecided contacts: a friend's request is simply accepted",
                        contact().is(PERSONAL, FRIEND).addedDaysAgo(30).link("facebook", REQUEST_RECEIVED, 2),
                        new Opens(F3, "facebook", TODAY, "F3:facebook:2025-06-13",
                                "Accept Ana Lima's Facebook request")),

                Case.expect("Birthday 7 days ahead",
                        contact().birthday(LocalDate.of(1990, 6, 22)),
                        new Opens(BIRTHDAY, null, LocalDate.of(2025, 6, 22), "BIRTHDAY:2025",
                                "Wish Ana Lima a happy birthday")).mentioning("Jun 22, 2025"),
                Case.nothing("Birthday 8 days ahead",
                        contact().birthday(LocalDate.of(1990, 6, 23))),
                Case.expect("Birthday on the day",
                        contact().birthday(LocalDate.of(1990, 6, 15)),
                        new Opens(BIRTHDAY, null, TODAY, "BIRTHDAY:2025", "Wish Ana Lima a happy birthday")),
                Case.nothing("Birthday yesterday",
                        contact().birthday(LocalDate.of(1990, 6, 14))),
                Case.expect("Birthday across the new year: 28 Dec for 3 Jan",
                        asOf(LocalDate.of(2025, 12, 28)).birthday(LocalDate.of(1985, 1, 3)),
                        new Opens(BIRTHDAY, null, LocalDate.of(2026, 1, 3), "BIRTHDAY:2026",
                                "Wish Ana Lima a happy birthday")),
                Case.expect("Birthday on 29 Feb falls on 28 Feb in a common year",
                        asOf(LocalDate.of(2025, 2, 25)).birthday(LocalDate.of(2000, 2, 29)),
                        new Opens(BIRTHDAY, null, LocalDate.of(2025, 2, 28), "BIRTHDAY:2025",
                                "Wish Ana Lima a happy birthday")),
                Case.expect("Birthday on 29 Feb in a leap year",
                        asOf(LocalDate.of(2028, 2, 25)).birthday(LocalDate.of(2000, 2, 29)),
                        new Opens(BIRTHDAY, null, LocalDate.of(2028, 2, 29), "BIRTHDAY:2028",
                                "Wish Ana Lima a happy birthday")),
                Case.expect("Birthday without a year: reminded all the same",
                        contact().birthdayWithoutYear(6, 20),
                        new Opens(BIRTHDAY, null, LocalDate.of(2025, 6, 20), "BIRTHDAY:2025",
                                "Wish Ana Lima a happy birthday")).mentioning("Jun 20, 2025"),
                Case.nothing("Birthday without a year, 8 days ahead",
                        contact().birthdayWithoutYear(6, 23)),
                Case.expect("Anniversary 7 days ahead",
                        contact().importantDate("Anniversary", YearlyDate.of(LocalDate.of(2015, 6, 22))),
                        new Opens(IMPORTANT_DATE, null, LocalDate.of(2025, 6, 22), "IMPORTANT_DATE:Anniversary:2025",
                                "Ana Lima's anniversary")).mentioning("Jun 22, 2025"),
                Case.nothing("Anniversary 8 days ahead",
                        contact().importantDate("Anniversary", YearlyDate.of(6, 23))),
                Case.expect("A named date without a year, on the day",
                        contact().importantDate("Work anniversary", YearlyDate.of(6, 15)),
                        new Opens(IMPORTANT_DATE, null, TODAY, "IMPORTANT_DATE:Work anniversary:2025",
                                "Ana Lima's work anniversary")),
                Case.expect("Two dates in one week: the nearer one first",
                        contact().importantDate("Anniversary", YearlyDate.of(6, 21))
                                .importantDate("Name day", YearlyDate.of(6, 17)),
                        new Opens(IMPORTANT_DATE, null, LocalDate.of(2025, 6, 17), "IMPORTANT_DATE:Name day:2025",
                                "Ana Lima's name day")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void opensWhatTheRuleAsksFor(Case c) {
        FollowUpChanges changes = c.scenario().evaluate();

        assertThat(changes.toOpen()).map(Opens::of).containsExactlyElementsOf(c.opens());
        assertThat(changes.toClose()).isEmpty();
        assertThat(changes.toOpen()).allSatisfy(followUp -> {
            assertThat(followUp.id()).isNull();
            assertThat(followUp.contactId()).isEqualTo(CONTACT_ID);
            assertThat(followUp.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(followUp.createdOn()).isEqualTo(c.scenario().today());
            assertThat(followUp.message()).isNotBlank();
            c.mentions().forEach(words -> assertThat(followUp.message()).contains(words));
        });
    }

    @Test
    void reEvaluatingWithTheOpenedOnesStoredChangesNothing() {
        FollowUpScenario scenario = readyForLinkedIn().keepInTouchEveryWeeks(4).interaction(COFFEE_OR_MEAL, 40)
                .link("facebook", REQUEST_RECEIVED, 3).birthday(LocalDate.of(1990, 6, 20));
        assertThat(scenario.reEvaluate().toOpen()).map(FollowUp::rule)
                .containsExactlyInAnyOrder("F2", "F4", "BIRTHDAY");

        assertThat(scenario.evaluate().isEmpty()).isTrue();
        assertThat(scenario.daysLater(1).evaluate().isEmpty()).isTrue();
    }

    @Test
    void aDismissedFollowUpDoesNotComeBackForTheSameRequestButDoesForANewOne() {
        FollowUpScenario scenario = contact().link("linkedin", REQUEST_RECEIVED, 3);
        scenario.reEvaluate();
        scenario.userMarks(F1, FollowUpStatus.DISMISSED);

        assertThat(scenario.evaluate().isEmpty()).isTrue();
        assertThat(scenario.daysLater(5).evaluate().isEmpty()).isTrue();

        scenario.link("linkedin", DECLINED_BY_ME, 0).daysLater(60).link("linkedin", REQUEST_RECEIVED, 0);
        FollowUpChanges changes = scenario.evaluate();
        assertThat(changes.toOpen()).map(Opens::of).containsExactly(new Opens(F1, "linkedin",
                LocalDate.of(2025, 8, 26), "F1:linkedin:2025-08-19", MEET_FIRST + "LinkedIn request"));
        assertThat(changes.toClose()).isEmpty();
    }

    @Test
    void aCompletedFollowUpDoesNotComeBackForTheSameCycle() {
        FollowUpScenario scenario = contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 50);
        scenario.reEvaluate();
        scenario.userMarks(F4, FollowUpStatus.DONE);

        assertThat(scenario.daysLater(3).evaluate().isEmpty()).isTrue();
    }

    @Test
    void loggingTheCoffeeClosesF1AndOpensF3() {
        FollowUpScenario scenario = contact().is(PROFESSIONAL, COLLEAGUE).canVouch()
                .link("linkedin", REQUEST_RECEIVED, 3);
        scenario.reEvaluate();
        long meetFirst = scenario.openOf(F1).id();

        FollowUpChanges changes = scenario.interaction(COFFEE_OR_MEAL, 0).evaluate();

        assertThat(changes.toClose()).containsExactly(meetFirst);
        assertThat(changes.toOpen()).map(Opens::of).containsExactly(
                new Opens(F3, "linkedin", TODAY, "F3:linkedin:2025-06-12", "Accept Ana Lima's LinkedIn request"));
    }

    @Test
    void loggingACallRewordsTheOpenF1ToAskForTheVouchAnswerKeepingItsDueDay() {
        FollowUpScenario scenario = contact().is(PROFESSIONAL, COLLEAGUE).link("linkedin", REQUEST_RECEIVED, 3);
        scenario.reEvaluate();
        FollowUp meetFirst = scenario.openOf(F1);

        FollowUpChanges changes = scenario.interaction(PHONE_CALL, 0).evaluate();

        assertThat(changes.toOpen()).isEmpty();
        assertThat(changes.toClose()).isEmpty();
        assertThat(changes.toRetitle()).singleElement().satisfies(reworded -> {
            assertThat(reworded.id()).isEqualTo(meetFirst.id());
            assertThat(reworded.title()).isEqualTo(
                    "Write what you would say about Ana Lima's work, then answer their LinkedIn request");
            assertThat(reworded.due()).isEqualTo(meetFirst.due());
            assertThat(reworded.triggerKey()).isEqualTo(meetFirst.triggerKey());
        });
    }

    @Test
    void sharedSortLeavesAnUndecidedContactWithoutARequestNoF6OfItsOwn() {
        FollowUpScenario alone = contact().is(UNDECIDED, OTHER).addedDaysAgo(8);
        alone.reEvaluate();
        long ownF6 = alone.openOf(F6).id();

        assertThat(alone.evaluateSharingSort().toClose()).containsExactly(ownF6);
        assertThat(contact().is(UNDECIDED, OTHER).addedDaysAgo(8).evaluateSharingSort().toOpen()).isEmpty();
    }

    @Test
    void aContactWithARequestKeepsItsOwnF6WhileOthersShareSort() {
        FollowUpScenario withRequest = contact().is(UNDECIDED, OTHER).addedDaysAgo(30)
                .link("facebook", REQUEST_RECEIVED, 2);

        assertThat(withRequest.evaluateSharingSort().toOpen()).map(Opens::of).containsExactly(new Opens(F6, null,
                daysAgo(23), "F6:request:facebook:2025-06-13", "Decide: barbecue or business lunch with Ana Lima?"));
    }

    @Test
    void undoingTheCoffeeBringsF1BackBecauseARuleClosedIt() {
        FollowUpScenario scenario = contact().is(PROFESSIONAL, COLLEAGUE).canVouch()
                .link("linkedin", REQUEST_RECEIVED, 3);
        scenario.reEvaluate();
        scenario.interaction(COFFEE_OR_MEAL, 0).reEvaluate();
        long accept = scenario.openOf(F3).id();

        FollowUpChanges changes = scenario.undoLastInteraction().evaluate();

        assertThat(changes.toClose()).containsExactly(accept);
        assertThat(changes.toOpen()).map(FollowUp::triggerKey).containsExactly("F1:linkedin:2025-06-12");
    }

    @Test
    void loggingAnInteractionClosesTheCatchUp() {
        FollowUpScenario scenario = contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 50);
        scenario.reEvaluate();
        long catchUp = scenario.openOf(F4).id();

        FollowUpChanges changes = scenario.interaction(PHONE_CALL, 0).evaluate();

        assertThat(changes.toClose()).containsExactly(catchUp);
        assertThat(changes.toOpen()).isEmpty();
    }

    @Test
    void aNewerMeetingReplacesTheOpenInvitation() {
        FollowUpScenario scenario = readyForLinkedIn().interaction(COFFEE_OR_MEAL, 10);
        scenario.reEvaluate();
        long invitation = scenario.openOf(F5).id();

        FollowUpChanges changes = scenario.daysLater(5).interaction(IN_PERSON, 0).evaluate();

        assertThat(changes.toClose()).containsExactly(invitation);
        assertThat(changes.toOpen()).map(Opens::of).containsExactly(new Opens(F5, "linkedin", LocalDate.of(2025, 6, 22),
                "F5:linkedin:2025-06-20", "Send Ana Lima a personalized LinkedIn invitation"));
    }

    @Test
    void theBirthdayWishClosesTheDayAfter() {
        FollowUpScenario scenario = contact().birthday(LocalDate.of(1990, 6, 15));
        scenario.reEvaluate();
        long wish = scenario.openOf(BIRTHDAY).id();

        FollowUpChanges changes = scenario.daysLater(1).evaluate();

        assertThat(changes.toClose()).containsExactly(wish);
        assertThat(changes.toOpen()).isEmpty();
    }

    @Test
    void archivingClosesTheOpenRuleFollowUpsAndOpensNone() {
        FollowUpScenario scenario = contact().keepInTouchEveryWeeks(6).interaction(PHONE_CALL, 50)
                .link("linkedin", REQUEST_RECEIVED, 3).birthday(LocalDate.of(1990, 6, 18))
                .stored(other(FollowUp.MANUAL, "linkedin")).stored(other(FollowUp.COLLISION, "facebook"));
        scenario.reEvaluate();
        List<Long> ruleIds = Stream.of(F1, F4, BIRTHDAY).map(rule -> scenario.openOf(rule).id()).toList();

        FollowUpChanges changes = scenario.archived().evaluate();

        assertThat(changes.toClose()).containsExactlyInAnyOrderElementsOf(ruleIds);
        assertThat(changes.toOpen()).isEmpty();
    }

    @Test
    void manualAndCollisionFollowUpsAreNeitherClosedNorInTheRulesWay() {
        FollowUpScenario scenario = contact().link("linkedin", REQUEST_RECEIVED, 3)
                .stored(other(FollowUp.MANUAL, "linkedin")).stored(other(FollowUp.COLLISION, "facebook"));

        FollowUpChanges changes = scenario.evaluate();

        assertThat(changes.toClose()).isEmpty();
        assertThat(changes.toOpen()).map(FollowUp::rule).containsExactly("F1");
    }

    @Test
    void aSecondOpenFollowUpOfTheSameRuleAndPlatformIsClosed() {
        FollowUpScenario scenario = contact().link("linkedin", REQUEST_RECEIVED, 3);
        FollowUp meetFirst = scenario.evaluate().toOpen().getFirst();
        scenario.stored(meetFirst).stored(meetFirst);
        List<FollowUp> queue = scenario.queue();

        FollowUpChanges changes = scenario.evaluate();

        assertThat(changes.toClose()).containsExactly(queue.get(1).id());
        assertThat(changes.toOpen()).isEmpty();
    }

    @Test
    void aFollowUpOfAnotherContactIsRefused() {
        FollowUpScenario scenario = contact().stored(new FollowUp(null, CONTACT_ID + 1, null, FollowUp.MANUAL,
                "MANUAL:1", "Call Bo", "", TODAY, FollowUpStatus.OPEN, TODAY));

        assertThatThrownBy(scenario::evaluate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to contact 8");
    }

    @Test
    void everyRuleSaysWhyAndIsFoundByItsStoredName() {
        assertThat(FollowUpRule.values()).allSatisfy(rule -> {
            assertThat(rule.why()).isNotBlank();
            assertThat(FollowUpRule.named(rule.name())).contains(rule);
        });
        assertThat(FollowUpRule.named(FollowUp.MANUAL)).isEmpty();
        assertThat(FollowUpRule.named(FollowUp.COLLISION)).isEmpty();
    }

    private static FollowUpScenario readyForLinkedIn() {
        return contact().is(PROFESSIONAL, COLLEAGUE).canVouch();
    }

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    private static LocalDate inDays(int days) {
        return TODAY.plusDays(days);
    }

    private static Settings withReplyWindow(int days) {
        Settings defaults = Settings.defaults();
        return new Settings(defaults.worlds(), defaults.linkedInStyle(), defaults.jobSeeking(),
                defaults.getToKnowDays(), defaults.strongInteractionsNeeded(), days, defaults.noAnswerDays());
    }

    private static List<Platform> withLinkedInHidden() {
        return Platform.defaults().stream()
                .map(p -> p.id().equals("linkedin")
                        ? new Platform(p.id(), p.name(), p.sphere(), p.position(), true)
                        : p)
                .toList();
    }

    private static FollowUp other(String rule, String platformId) {
        return new FollowUp(null, CONTACT_ID, platformId, rule, rule + ":" + platformId, "Meet Ana Lima for coffee",
                "", TODAY, FollowUpStatus.OPEN, TODAY);
    }
}
