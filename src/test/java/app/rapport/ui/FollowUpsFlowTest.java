package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.service.FollowUpItem;
import app.rapport.ui.Page;

/** The follow-up queue in the real window: rules opening and closing follow-ups, and the user's actions. */
@ExtendWith(ApplicationExtension.class)
class FollowUpsFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void aRequestFromSomeoneNeverMetGoesFromMeetFirstToAcceptToConnected(FxRobot robot) {
        Contact jane = app.add("Jane Miller", "Northwind", "Recruiter lead", Category.PROFESSIONAL,
                Relationship.NETWORKING_CONTACT, List.of(), "");
        openContact(robot, "Jane Miller");
        // Below the fold on the page: focusing it scrolls it into view, as Tab would.
        robot.interact(() -> robot.lookup("#action-linkedin-request_received").query().requestFocus());
        robot.clickOn("#action-linkedin-request_received");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(titles(robot, "#follow-ups-upcoming"))
                .containsExactly("Meet Jane Miller for coffee or a call before answering their LinkedIn request");
        assertThat(robot.lookup("#follow-ups-badge").query().isVisible()).as("nothing due yet").isFalse();
        Screenshots.write(app.stage.getScene(), "follow-ups-meet-first");

        robot.clickOn("Jane Miller");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        robot.clickOn("#interaction-kind");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Coffee or meal"))
                .queryAs(Node.class));
        robot.clickOn("Save");
        assertThat(openRules(jane)).as("met, but cannot vouch yet").containsExactly("F1");
        robot.clickOn("#vouch-linkedin");
        robot.clickOn("#vouch-for-them").write("Knows the hiring market inside out");
        robot.clickOn("Save answers");
        assertThat(openRules(jane)).containsExactly("F3");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(titles(robot, "#follow-ups-today")).containsExactly("Accept Jane Miller's LinkedIn request");
        assertThat(titles(robot, "#follow-ups-upcoming")).isEmpty();
        Label badge = robot.lookup("#follow-ups-badge").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(badge.getAccessibleText()).isEqualTo("1 follow-up due");
        Screenshots.write(app.stage.getScene(), "follow-ups-accept");

        long f3 = app.services.followUps().open().getFirst().followUp().id();
        robot.clickOn("#done-" + f3);

        assertThat(app.services.readiness().forContact(jane.id()).platforms().getFirst().link())
                .hasValueSatisfying(link -> assertThat(link.state()).isEqualTo(LinkState.CONNECTED));
        assertThat(titles(robot, "#follow-ups-today")).isEmpty();
        assertThat(badge.isVisible()).isFalse();
    }

    @Test
    void snoozeDismissAndTheUsersOwnFollowUps(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.UNDECIDED,
                Relationship.ACQUAINTANCE, List.of(), "");
        app.services.links().changeState(ada.id(), "facebook", LinkState.REQUEST_RECEIVED);
        robot.clickOn("#nav-follow-ups");
        assertThat(titles(robot, "#follow-ups-today")).containsExactly("Decide: barbecue or business lunch with Ada Lovelace?");
        long f6 = app.services.followUps().open().getFirst().followUp().id();

        robot.clickOn("#snooze-" + f6).clickOn("Next week");
        assertThat(titles(robot, "#follow-ups-today")).isEmpty();
        assertThat(app.services.followUps().open().getFirst().followUp().due())
                .isEqualTo(RapportFixture.TODAY.plusWeeks(1));

        robot.clickOn("#dismiss-" + f6);
        assertThat(app.services.followUps().open()).isEmpty();
        assertThat(statusOf(ada, f6)).isEqualTo(FollowUpStatus.DISMISSED);

        robot.clickOn("#new-follow-up");
        robot.clickOn("#follow-up-contact").write("Ada").type(KeyCode.ENTER);
        robot.clickOn("#follow-up-title").write("Send Ada the slides");
        robot.clickOn("#follow-up-message").write("Here are the slides from Tuesday.");
        Screenshots.write(robot.lookup("#manual-follow-up").query().getScene(), "follow-up-manual");
        robot.clickOn("Save");
        assertThat(titles(robot, "#follow-ups-upcoming")).containsExactly("Send Ada the slides");
        FollowUpItem manual = app.services.followUps().open().getFirst();
        assertThat(manual.isManual()).isTrue();
        assertThat(manual.followUp().due()).isEqualTo(RapportFixture.TODAY.plusDays(1));
        Screenshots.write(app.stage.getScene(), "follow-ups");

        robot.clickOn("#delete-follow-up-" + manual.followUp().id());
        robot.clickOn("Delete");
        assertThat(app.services.followUps().open()).isEmpty();
    }

    @Test
    void aLongQueueShowsTenRowsASectionAndShowMoreAddsTheNextTen(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        for (int i = 1; i <= 23; i++) {
            app.services.followUps().createManual(ada.id(), null, "Call number " + i, "",
                    RapportFixture.TODAY.plusDays(i));
        }
        robot.clickOn("#nav-follow-ups");
        assertThat(robot.lookup("Upcoming (23)").tryQuery()).isPresent();
        assertThat(titles(robot, "#follow-ups-upcoming")).hasSize(10).first().isEqualTo("Call number 1");
        assertThat(robot.lookup("#follow-ups-upcoming-more").queryButton().getText())
                .isEqualTo("Show more (13 left)");

        showMore(robot, "#follow-ups-upcoming-more");
        assertThat(titles(robot, "#follow-ups-upcoming")).hasSize(20);
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("the keyboard goes on from the first new row")
                .isEqualTo("follow-up-link-" + app.services.followUps().open().get(10).followUp().id());
        Node scroll = robot.lookup(".scroll-pane").match(pane -> ScrollPlace.isInside(robot.lookup(
                "#follow-ups-upcoming").query(), pane)).query();
        Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
        Bounds focused = app.stage.getScene().getFocusOwner().localToScene(
                app.stage.getScene().getFocusOwner().getLayoutBounds());
        assertThat(shown.contains(focused)).as("the new row is on screen, %s in %s", focused, shown).isTrue();
        showMore(robot, "#follow-ups-upcoming-more");
        assertThat(titles(robot, "#follow-ups-upcoming")).hasSize(23).last().isEqualTo("Call number 23");
        assertThat(robot.lookup("#follow-ups-upcoming-more").tryQuery()).isEmpty();
    }

    @Test
    void theShortcutPutsTheFocusOnTheFirstFollowUp(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        app.services.followUps().createManual(ada.id(), null, "Call in a week", "", RapportFixture.TODAY.plusDays(7));
        long overdue = app.services.followUps().createManual(ada.id(), null, "Call back", "",
                RapportFixture.TODAY.minusDays(2)).id();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);

        assertThat(app.stage.getScene().getFocusOwner().getId()).as("the first follow-up, overdue, at the top, "
                + "on the page's first visit").isEqualTo("follow-up-link-" + overdue);
        Screenshots.write(app.stage.getScene(), "follow-ups-focused");
        robot.type(KeyCode.ENTER);
        assertThat(app.stage.getScene().getFocusOwner().getId()).isEqualTo("contact-back");
        robot.type(KeyCode.ESCAPE);
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("back on the follow-up it opened")
                .isEqualTo("follow-up-link-" + overdue);
    }

    @Test
    void doneFromTheKeyboardHandsTheFocusToTheNextFollowUp(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        long first = app.services.followUps().createManual(ada.id(), null, "Call back", "",
                RapportFixture.TODAY.minusDays(3)).id();
        long second = app.services.followUps().createManual(ada.id(), null, "Call again", "",
                RapportFixture.TODAY.minusDays(1)).id();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        assertThat(app.stage.getScene().getFocusOwner().getId()).isEqualTo("done-" + first);

        robot.type(KeyCode.SPACE);

        assertThat(app.services.followUps().open()).extracting(item -> item.followUp().id()).containsExactly(second);
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("the follow-up that took its place")
                .isEqualTo("follow-up-link-" + second);
    }

    @Test
    void withNothingQueuedTheShortcutPutsTheFocusAboveTheQueue(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);

        assertThat(app.stage.getScene().getFocusOwner().getId()).isEqualTo("export-calendar");
    }

    @Test
    void aNotificationAtStartOpensTheFollowUps(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        app.services.links().changeState(ada.id(), "facebook", LinkState.REQUEST_RECEIVED);
        robot.interact(() -> {
            app.window.open(Page.CONTACTS);
            app.window.notifyDueFollowUps();
        });
        robot.clickOn("1 follow-up is due. Click to see it.");
        assertThat(robot.lookup("#follow-ups-today").tryQuery()).isPresent();
    }

    private List<String> openRules(Contact contact) {
        return app.services.followUps().open().stream().filter(i -> i.followUp().contactId() == contact.id())
                .map(i -> i.followUp().rule()).toList();
    }

    private FollowUpStatus statusOf(Contact contact, long id) {
        return app.store.transact(tx -> tx.followUps().ofContact(contact.id())).stream()
                .filter(f -> f.id() == id).map(FollowUp::status).findFirst().orElseThrow();
    }

    /** Below the rows, out of sight: reached from the keyboard, as Tab would reach it. */
    private static void showMore(FxRobot robot, String button) {
        robot.interact(() -> robot.lookup(button).query().requestFocus());
        robot.type(KeyCode.SPACE);
    }

    private static List<String> titles(FxRobot robot, String section) {
        return robot.lookup(section).queryAs(VBox.class).getChildren().stream()
                .filter(node -> node.getStyleClass().contains("follow-up-row"))
                .map(node -> ((Label) node.lookup(".label")).getText()).toList();
    }

    private static void openContact(FxRobot robot, String name) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn(name).type(KeyCode.ENTER);
    }
}
