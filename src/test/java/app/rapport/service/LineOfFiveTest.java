package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;

/**
 * A change to one contact re-evaluates the others only when the line of five is crossed; on either side of it
 * the queue is still the one re-evaluating everyone would give.
 */
class LineOfFiveTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    private final List<Long> waiting = new ArrayList<>();

    @BeforeEach
    void sevenPeopleWaitToBeSorted() {
        for (String name : List.of("Ann", "Ben", "Cy", "Di", "Ed", "Flo", "Gil")) {
            waiting.add(fixture.store.transact(tx -> tx.contacts().insert(Contact.builder().displayName(name)
                    .category(Category.UNDECIDED).addedOn(ServiceFixture.TODAY.minusMonths(1)).build())));
        }
        fixture.services.followUps().reevaluateAll();
        assertThat(rules()).containsExactly(FollowUpRule.SORT.name());
    }

    @Test
    void aRequestThatLeavesSixWaitingKeepsOneSortFollowUp() {
        fixture.services.links().changeState(waiting.getFirst(), "linkedin", LinkState.REQUEST_RECEIVED);

        assertThat(rules()).as("the shared one, and Ann's own with her request")
                .contains(FollowUpRule.SORT.name(), FollowUpRule.F6.name())
                .filteredOn(FollowUpRule.F6.name()::equals).hasSize(1);
        assertThat(open()).isEqualTo(openAfterReEvaluatingEveryone());
    }

    @Test
    void aRequestThatLeavesFiveGivesEachOfThemTheirOwnAgain() {
        fixture.services.links().changeState(waiting.get(0), "linkedin", LinkState.REQUEST_RECEIVED);
        fixture.services.links().changeState(waiting.get(1), "linkedin", LinkState.REQUEST_RECEIVED);

        assertThat(rules()).as("Ann's and Ben's with their requests, and the five left each their own")
                .doesNotContain(FollowUpRule.SORT.name())
                .filteredOn(FollowUpRule.F6.name()::equals).hasSize(7);
        assertThat(open()).isEqualTo(openAfterReEvaluatingEveryone());
    }

    @Test
    void aCoffeeLoggedEditedAndDeletedWithSomeoneWaitingLeavesTheQueueAsReEvaluatingEveryoneWould() {
        Interaction coffee = fixture.services.interactions().log(new Interaction(null, waiting.get(2),
                ServiceFixture.TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        assertThat(open()).isEqualTo(openAfterReEvaluatingEveryone());

        fixture.services.interactions().update(Interaction.with(coffee.id(), List.of(waiting.get(2), waiting.get(3)),
                ServiceFixture.TODAY.minusDays(1), InteractionKind.IN_PERSON, ""));
        assertThat(open()).isEqualTo(openAfterReEvaluatingEveryone());

        fixture.services.interactions().delete(fixture.store.transact(tx -> tx.interactions().find(coffee.id()))
                .orElseThrow());
        assertThat(rules()).as("still seven waiting, one shared follow-up").containsExactly(FollowUpRule.SORT.name());
        assertThat(open()).isEqualTo(openAfterReEvaluatingEveryone());
    }

    private List<String> rules() {
        return open().stream().map(FollowUp::rule).toList();
    }

    private List<FollowUp> open() {
        return fixture.store.transact(tx -> tx.followUps().open());
    }

    private List<FollowUp> openAfterReEvaluatingEveryone() {
        fixture.services.followUps().reevaluateAll();
        return open();
    }
}
