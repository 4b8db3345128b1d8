package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

/**
 * Removing the sample data after logging a coffee with one of its people: the confirmation names who stays,
 * the coffee and its person stay, and Undo (the bar's button or Ctrl+Z) brings every sample contact back.
 */
@ExtendWith(ApplicationExtension.class)
class SampleRemovalFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void aSampleContactWithTheUsersCoffeeStaysAndUndoBringsTheRestBack(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        robot.clickOn("Skip the tour");
        long maya = app.contacts.summaries().stream().filter(c -> c.displayName().equals("Maya Chen"))
                .mapToLong(ContactSummary::id).findFirst().orElseThrow();
        app.services.interactions().log(new Interaction(null, maya, RapportFixture.TODAY,
                InteractionKind.COFFEE_OR_MEAL, "Coffee after the workshop"));

        robot.clickOn("#remove-sample-data");
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Label) question.getContent()).getText()).contains("The 10 sample contacts go")
                .contains("Maya Chen stays as your own");
        Screenshots.write(question.getScene(), "sample-remove-confirm");
        robot.clickOn("Remove");

        assertThat(app.contacts.summaries()).extracting(ContactSummary::displayName).containsExactly("Maya Chen");
        assertThat(robot.lookup("#sample-data-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#sample-undo-message").queryAs(Labeled.class).getText())
                .isEqualTo("Removed 10 sample contacts. Kept Maya Chen, with what you added.");
        Screenshots.write(app.stage.getScene(), "sample-removed-undo-bar");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(app.contacts.summaries()).hasSize(11);
        assertThat(robot.lookup("#sample-undo").query().isVisible()).isFalse();
        assertThat(robot.lookup("#sample-data-banner").query().isVisible()).isTrue();
    }

    @Test
    void theUndoBarsButtonTakesTheRemovalBackToo(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        robot.clickOn("Skip the tour");
        robot.clickOn("#remove-sample-data");
        robot.clickOn("Remove");
        assertThat(app.contacts.summaries()).isEmpty();

        robot.clickOn("#sample-undo-undo");

        assertThat(app.contacts.summaries()).hasSize(11);
        assertThat(app.services.sampleData().isLoaded()).isTrue();
    }
}
