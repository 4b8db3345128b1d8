package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each page's shortcut, pressed on another page, puts the keyboard focus where the keyboard starts on that page,
 * never on the page left behind nor on another page's button in the sidebar.
 */
@ExtendWith(ApplicationExtension.class)
class PageShortcutsTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().withSampleContacts();

    private void press(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focused() {
        Node owner = app.stage.getScene().getFocusOwner();
        assertThat(owner).isNotNull();
        assertThat(KeyboardFocus.showing(owner)).as("%s is on screen", owner).isTrue();
        return owner.getId() == null ? owner.getStyleClass().toString() : owner.getId();
    }

    @Test
    void eachShortcutPutsTheFocusOnItsPage(FxRobot robot) {
        press(robot, KeyCode.DIGIT2);
        assertThat(focused()).as("Contacts: the search").isEqualTo("contact-search");
        press(robot, KeyCode.DIGIT3);
        assertThat(focused()).as("Readiness: its filter, first above the matrix").isEqualTo("verdict-filter");
        press(robot, KeyCode.DIGIT4);
        assertThat(focused()).as("Follow-ups, none queued for the samples: the first button above the queue")
                .isEqualTo("export-calendar");
        press(robot, KeyCode.DIGIT6);
        assertThat(focused()).as("Settings: the first setting").isEqualTo("my-name");
        press(robot, KeyCode.DIGIT5);
        assertThat(focused()).as("Collisions, none among the samples: nothing to press on the page, so its own "
                + "button in the sidebar").isEqualTo("nav-collisions");
        press(robot, KeyCode.DIGIT7);
        assertThat(focused()).as("Sort: the page, which takes the keys").isEqualTo("sort-page");
        press(robot, KeyCode.DIGIT8);
        assertThat(focused()).as("Guide: its first section").startsWith("guide-");
        press(robot, KeyCode.DIGIT1);
        assertThat(focused()).as("Home: its first link").isEqualTo("home-all-follow-ups");
    }

    @Test
    void aLinkToAnotherPageTakesTheFocusWithIt(FxRobot robot) {
        press(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-follow-ups").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(focused()).as("on the page the link opened, not lost with Home").isEqualTo("export-calendar");
    }
}
