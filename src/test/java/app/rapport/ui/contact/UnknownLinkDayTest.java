package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.Screenshots;

/**
 * A link imported with a date nobody could read says so on its card, and the button of its own state stays
 * open to record the day, which then dates the link.
 */
@ExtendWith(ApplicationExtension.class)
class UnknownLinkDayTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void theCardSaysTheDayIsNotKnownAndRecordingTheStateAgainGivesIt(FxRobot robot) {
        Contact bob = app.add("Bob Stone", "Northwind", "Engineer", Category.PROFESSIONAL,
                Relationship.COLLEAGUE, List.of(), "");
        app.store.transactVoid(tx -> tx.links().put(new Link(bob.id(), "linkedin", LinkState.REQUEST_SENT, null, "")));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("Bob Stone").type(KeyCode.ENTER);

        assertThat(robot.lookup("#link-linkedin").queryAs(Label.class).getText())
                .isEqualTo("Request sent, day not known");
        Button sent = robot.lookup("#action-linkedin-request_sent").queryAs(Button.class);
        assertThat(sent.isDisabled()).as("open to record the day").isFalse();
        assertThat(robot.lookup("#action-linkedin-request_received").queryAs(Button.class).isDisabled()).isFalse();
        Screenshots.write(app.stage.getScene(), "contact-link-day-unknown");

        robot.interact(() -> {
            robot.lookup("#ledger-day-linkedin").queryAs(DatePicker.class).setValue(RapportFixture.TODAY.minusDays(40));
            sent.requestFocus();
        });
        robot.clickOn(sent);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.store.transact(tx -> tx.links().find(bob.id(), "linkedin")).orElseThrow().since())
                .isEqualTo(RapportFixture.TODAY.minusDays(40));
        assertThat(robot.lookup("#link-linkedin").queryAs(Label.class).getText()).startsWith("Request sent since ");
        assertThat(robot.lookup("#action-linkedin-request_sent").queryAs(Button.class).isDisabled()).isTrue();
    }
}
