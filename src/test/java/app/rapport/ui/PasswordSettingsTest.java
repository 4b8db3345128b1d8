package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.store.PasswordNeededException;
import app.rapport.store.Store;

/** Protecting the data from the settings page, by keyboard, checked in the real store afterwards. */
@ExtendWith(ApplicationExtension.class)
class PasswordSettingsTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().withSampleContacts();

    @Test
    void protectingTheDataAsksTwiceWarnsAndThenNeedsThePasswordToOpen(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Node protect = robot.lookup("#protect-password").query();
        robot.interact(() -> {
            protect.requestFocus();
            ScrollPane page = robot.lookup("#settings").queryAs(ScrollPane.class);
            page.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(app.stage.getScene(), "settings-password");
        robot.type(KeyCode.SPACE);

        assertThat(robot.lookup("#password-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("If you forget this password, your data cannot be recovered"));
        Node dialog = robot.lookup("#password-dialog").query();
        assertThat(dialog.getScene().getFocusOwner().getId()).as("typing starts in the first field").isEqualTo("password-new");
        // TestFX writes text into the window it last looked at; the keys go where the focus is, into the dialog.
        robot.targetWindow(dialog.getScene().getWindow());
        robot.write("correct horse").type(KeyCode.TAB).write("correct hrose").type(KeyCode.ENTER);
        Label problem = robot.lookup("#password-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("The two new passwords are not the same. Type them again.");
        Screenshots.write(robot.lookup("#password-dialog").query().getScene(), "settings-password-mistyped");

        robot.write("correct horse").type(KeyCode.TAB).write("correct horse").type(KeyCode.ENTER);

        assertThat(robot.lookup("#password-dialog").tryQuery()).as("closed once done").isEmpty();
        assertThat(app.store.isProtected()).isTrue();
        assertThat(robot.lookup("#change-password").query().isVisible()).isTrue();
        assertThat(robot.lookup("#protect-password").query().isVisible()).isFalse();
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("on the button that took Protect's place")
                .isEqualTo("change-password");
        assertThat(robot.lookup("#password-status").queryAs(Label.class).getText()).contains("now protected");
        Screenshots.write(app.stage.getScene(), "settings-password-protected");

        app.store.close();
        assertThatThrownBy(() -> Store.open(app.dataDir())).isInstanceOf(PasswordNeededException.class);
        try (Store reopened = Store.open(app.dataDir(), "correct horse".toCharArray())) {
            int contacts = reopened.transact(tx -> tx.contacts().allForRules().size());
            assertThat(contacts).isPositive();
        }
    }
}
