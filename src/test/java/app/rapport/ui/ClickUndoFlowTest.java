package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/**
 * A click on a contact's link buttons and Done on a follow-up, taken back with Ctrl+Z; and the contact's page stays
 * where it was after a click low on it, instead of jumping to the top.
 */
@ExtendWith(ApplicationExtension.class)
class ClickUndoFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    /** How far a page may move to keep the control just clicked in view above the undo bar that appears. */
    static final double NUDGE = 150;

    static boolean inView(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= scroll.localToScene(0, 0).getY() && shown.getMaxY()
                <= scroll.localToScene(0, 0).getY() + viewport.getHeight();
    }

    /** How far down the page is scrolled, in pixels. */
    static double top(ScrollPane scroll) {
        return scroll.getVvalue() * (scroll.getContent().getLayoutBounds().getHeight()
                - scroll.getViewportBounds().getHeight());
    }

    Optional<Link> link(Contact contact, String platform) {
        return app.store.transact(tx -> tx.links().find(contact.id(), platform));
    }

    @Test
    void aClickLowOnAContactsPageKeepsThePlaceAndCtrlZTakesItBack(FxRobot robot) {
        Contact jane = app.add("Jane Miller", "Northwind", "Recruiter lead", Category.PROFESSIONAL,
                Relationship.NETWORKING_CONTACT, List.of(), "");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("Jane Miller").type(KeyCode.ENTER);
        ScrollPane scroll = robot.lookup(".contact-page .scroll-pane").queryAs(ScrollPane.class);
        String button = "#action-business-page-request_sent";
        // The last card is below the fold: focusing its button scrolls it into view, as Tab would.
        robot.interact(() -> robot.lookup(button).query().requestFocus());
        double place = top(scroll);
        assertThat(scroll.getVvalue()).as("scrolled down to the last card").isGreaterThan(0.3);

        robot.clickOn(button);

        assertThat(link(jane, "business-page")).hasValueSatisfying(l -> assertThat(l.state())
                .isEqualTo(LinkState.REQUEST_SENT));
        assertThat(top(scroll)).as("still where the user was, moved down at most by the undo bar and the card's "
                + "longer next step").isBetween(place, place + NUDGE);
        assertThat(inView(scroll, robot.lookup(button).query())).as("the button just clicked is in view").isTrue();
        assertThat(robot.lookup(button).query().isDisabled()).isTrue();
        assertThat(scroll.getScene().getFocusOwner().getId()).as("the focus stays on the card")
                .startsWith("action-business-page-");
        assertThat(robot.lookup("#contact-undo-message").queryAs(Labeled.class).getText())
                .isEqualTo("Recorded Business page: Request sent (was not connected).");
        Screenshots.write(app.stage.getScene(), "contact-click-undo-bar");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(link(jane, "business-page")).isEmpty();
        List<LinkChange> ledger = app.store.transact(tx -> tx.links().history(jane.id()));
        assertThat(ledger).isEmpty();
        assertThat(robot.lookup("#contact-undo").query().isVisible()).isFalse();
        assertThat(top(scroll)).isBetween(place - NUDGE, place + NUDGE);
    }

    @Test
    void doneOnAFollowUpIsTakenBackWithCtrlZ(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.PROFESSIONAL,
                Relationship.CLIENT, List.of(), "");
        for (int i = 1; i <= 20; i++) {
            app.services.followUps().createManual(ada.id(), null, "Earlier reminder " + i, "",
                    RapportFixture.TODAY.minusDays(30 - i));
        }
        long id = app.services.followUps().createManual(ada.id(), null, "Send Ada the slides", "",
                RapportFixture.TODAY).id();
        robot.clickOn("#nav-follow-ups");
        ScrollPane scroll = robot.lookup(".follow-ups-page .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> robot.lookup("#done-" + id).query().requestFocus());
        double place = top(scroll);
        assertThat(scroll.getVvalue()).as("below the twenty overdue ones").isGreaterThan(0.5);

        robot.clickOn("#done-" + id);

        assertThat(app.services.followUps().open()).hasSize(20);
        assertThat(top(scroll)).as("the page stays where it was").isBetween(place - NUDGE, place + NUDGE);
        assertThat(robot.lookup("#follow-up-undo-message").queryAs(Labeled.class).getText())
                .isEqualTo("Marked \u201cSend Ada the slides\u201d done.");
        Screenshots.write(app.stage.getScene(), "follow-ups-done-undo-bar");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(app.services.followUps().open()).hasSize(21).allSatisfy(item ->
                assertThat(item.followUp().status()).isEqualTo(FollowUpStatus.OPEN));
        assertThat(robot.lookup("#done-" + id).tryQuery()).isPresent();
        assertThat(robot.lookup("#follow-up-undo").query().isVisible()).isFalse();
    }
}
