package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;

/** Many at once, in the real window: a change to every selected contact, taken back with one undo. */
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
        assertThat(robot.lookup("#contacts-table").queryTableView().getSelectionModel().getSelectedItems())
                .as("still selected, for a second change to the same contacts").hasSize(10);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(app.contacts.summaries()).extracting(ContactSummary::category)
                .contains(Category.PROFESSIONAL, Category.BOTH, Category.UNDECIDED);
    }

    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-item").lookup((Label label) -> text.equals(label.getText())).query();
    }
}
