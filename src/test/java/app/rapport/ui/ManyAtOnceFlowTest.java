package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.controlsfx.control.SearchableComboBox;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;

/** Many at once, in the real window: a change to every selected contact, and one dinner with several people. */
@ExtendWith(ApplicationExtension.class)
class ManyAtOnceFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().withSampleContacts();

    @Test
    void everySelectedContactChangesAtOnceAndOneUndoTakesItBack(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        robot.clickOn("Ada Lovelace").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.clickOn("#change-selected");
        robot.clickOn(menuItem(robot, "Set category"));
        robot.clickOn(menuItem(robot, "Personal"));
        Screenshots.write(robot.lookup(".dialog-pane").query().getScene(), "bulk-edit-confirm");
        robot.clickOn("Change all 10");

        assertThat(app.contacts.summaries()).extracting(ContactSummary::category).containsOnly(Category.PERSONAL);
        Screenshots.write(app.stage.getScene(), "bulk-edit-done");
        assertThat(robot.lookup("#undo-message").queryLabeled().getText())
                .isEqualTo("Set category to Personal: 10 contacts changed.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(app.contacts.summaries()).extracting(ContactSummary::category)
                .contains(Category.PROFESSIONAL, Category.BOTH, Category.UNDECIDED);
    }

    @Test
    void oneDinnerWithTwoFriendsIsOneInteractionWithBoth(FxRobot robot) throws Exception {
        robot.clickOn("#nav-contacts");
        robot.clickOn("Sam Okafor");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        // The picker's own search-as-you-type is ControlsFX's; choosing in it is what this test drives.
        SearchableComboBox<ContactSummary> picker = robot.lookup("#interaction-add-person").query();
        ContactSummary lena = picker.getItems().stream().filter(c -> c.displayName().startsWith("Lena"))
                .findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(lena));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#interaction-also-with").lookup(".button").queryAll().size() == 1);
        Screenshots.write(robot.lookup("#log-interaction").query().getScene(), "group-interaction");
        robot.clickOn("Save");

        List<Interaction> all = app.store.transact(tx -> tx.interactions().all());
        assertThat(all).singleElement().satisfies(dinner -> assertThat(dinner.participants()).hasSize(2));
    }

    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-item").lookup((Label label) -> text.equals(label.getText())).query();
    }
}
