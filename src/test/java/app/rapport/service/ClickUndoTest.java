package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/**
 * One click taken back: a request recorded on a contact's page, Done, Snooze or Dismiss on a follow-up. Undo gives
 * back every row as it was, ids included: the link, its ledger, the follow-ups.
 */
class ClickUndoTest {

    static final LocalDate TODAY = ServiceFixture.TODAY;

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    /** Someone met and vouched for, whose LinkedIn request waits: "Accept Jane's request" (F3) is open. */
    Contact janeWithARequest() {
        Contact jane = fixture.services.contacts().save(Contact.builder().displayName("Jane Miller")
                .category(Category.PROFESSIONAL).relationship(Relationship.NETWORKING_CONTACT)
                .vouchForThem("Knows the hiring market inside out").build());
        fixture.services.interactions().log(new Interaction(null, jane.id(), TODAY.minusDays(2),
                InteractionKind.COFFEE_OR_MEAL, ""));
        fixture.services.links().changeState(jane.id(), "linkedin", LinkState.REQUEST_RECEIVED, TODAY.minusDays(3));
        return jane;
    }

    List<LinkChange> ledger(Contact contact) {
        return fixture.store.transact(tx -> tx.links().history(contact.id()));
    }

    FollowUp open(String rule) {
        return fixture.services.followUps().open().stream().map(FollowUpItem::followUp)
                .filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void undoingARequestClickGivesBackTheLinkItsLedgerAndTheFollowUps() {
        Contact jane = janeWithARequest();
        List<String> before = StoreContents.rows(fixture.store);
        int ledger = ledger(jane).size();

        RowsUndo click = fixture.services.links().changeState(jane.id(), "linkedin", LinkState.CONNECTED, TODAY);
        assertThat(click.description()).isEqualTo("LinkedIn: Connected (was request received)");
        assertThat(ledger(jane)).hasSize(ledger + 1);
        assertThat(StoreContents.rows(fixture.store)).isNotEqualTo(before);

        fixture.services.links().undo(click);

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);
        assertThat(fixture.store.transact(tx -> tx.links().find(jane.id(), "linkedin")).orElseThrow().state())
                .isEqualTo(LinkState.REQUEST_RECEIVED);
        assertThat(open(FollowUpRule.F3.name()).status()).isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    void undoingTheFirstClickOnAPlatformLeavesNoLinkBehind() {
        Contact ada = fixture.services.contacts().save(Contact.named("Ada Lovelace", TODAY.minusDays(30)));
        // The ledger's first entry ever changes how H2 scripts its identity column, which is not data.
        fixture.services.links().changeState(ada.id(), "x", LinkState.CONNECTED);
        List<String> before = StoreContents.rows(fixture.store);

        fixture.services.links().undo(fixture.services.links().changeState(ada.id(), "facebook",
                LinkState.REQUEST_SENT));

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);
        Optional<Link> facebook = fixture.store.transact(tx -> tx.links().find(ada.id(), "facebook"));
        assertThat(facebook).isEmpty();
    }

    @Test
    void undoingDoneOnAcceptTheRequestReopensItAndTakesTheConnectionBack() {
        Contact jane = janeWithARequest();
        FollowUp accept = open(FollowUpRule.F3.name());
        List<String> before = StoreContents.rows(fixture.store);

        FollowUpUndo done = fixture.services.followUps().complete(accept.id());
        assertThat(done.after().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(fixture.store.transact(tx -> tx.links().find(jane.id(), "linkedin")).orElseThrow().state())
                .as("Done records the connection").isEqualTo(LinkState.CONNECTED);

        fixture.services.followUps().undo(done);

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);
        assertThat(open(FollowUpRule.F3.name())).isEqualTo(accept);
    }

    @Test
    void undoingSnoozeAndDismissGivesTheFollowUpBackAsItWas() {
        Contact jane = janeWithARequest();
        FollowUp accept = open(FollowUpRule.F3.name());
        List<String> before = StoreContents.rows(fixture.store);

        fixture.services.followUps().undo(fixture.services.followUps().snooze(accept.id(), TODAY.plusWeeks(1)));
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);

        fixture.services.followUps().undo(fixture.services.followUps().dismiss(accept.id()));
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);
        assertThat(jane.id()).isNotNull();
    }

    @Test
    void undoingDoneOnTheSharedSortFollowUpReopensIt() {
        for (int i = 0; i < 6; i++) {
            fixture.services.contacts().save(Contact.named("Undecided " + i, TODAY.minusDays(30)));
        }
        fixture.services.followUps().reevaluateAll();
        FollowUp sort = open(FollowUpRule.SORT.name());
        List<String> before = StoreContents.rows(fixture.store);

        FollowUpUndo done = fixture.services.followUps().complete(sort.id());
        assertThat(done.contact()).as("about no one contact").isNull();
        fixture.services.followUps().undo(done);

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(before);
    }

    @Test
    void anUndoThatWouldLoseALaterChangeIsRefusedAndChangesNothing() {
        Contact jane = janeWithARequest();
        RowsUndo click = fixture.services.links().changeState(jane.id(), "linkedin", LinkState.CONNECTED, TODAY);
        fixture.services.interactions().log(new Interaction(null, jane.id(), TODAY, InteractionKind.PHONE_CALL, ""));
        List<String> after = StoreContents.rows(fixture.store);

        assertThatThrownBy(() -> fixture.services.links().undo(click)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed since");
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(after);
    }
}
