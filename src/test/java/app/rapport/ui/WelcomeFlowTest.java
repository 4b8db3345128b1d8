package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new user's first minutes: the welcome page, the sample data with its tour, and removing it again. */
@ExtendWith(ApplicationExtension.class)
class WelcomeFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void sampleDataWithTheTourThenRemovedInOneClick(FxRobot robot) {
        assertThat(robot.lookup("#welcome-sample").tryQuery()).isPresent();
        Screenshots.write(app.stage.getScene(), "welcome");

        robot.clickOn("#welcome-sample");
        assertThat(robot.lookup("#tour-text").queryLabeled().getText()).contains("barbecue");
        Screenshots.write(robot.lookup("#tour").query().getScene(), "tour");
        robot.clickOn("Next").clickOn("Next");
        assertThat(robot.lookup("#tour-text").queryLabeled().getText()).contains("Follow-ups");
        robot.clickOn("Start");

        assertThat(app.contacts.summaries()).hasSize(11);
        assertThat(robot.lookup("#sample-data-banner").query().isVisible()).isTrue();
        Screenshots.write(app.stage.getScene(), "home-sample");

        robot.clickOn("#remove-sample-data");
        robot.clickOn("Remove");
        assertThat(app.contacts.summaries()).isEmpty();
        assertThat(robot.lookup("#sample-data-banner").query().isVisible()).isFalse();
    }

    @Test
    void startEmptySkipsTheTourAndTheWelcomeDoesNotComeBack(FxRobot robot) {
        robot.clickOn("#welcome-empty");
        robot.clickOn("Skip the tour");
        assertThat(robot.lookup("#welcome-empty").tryQuery()).isEmpty();
        robot.interact(() -> app.show(new Stage()));
        assertThat(robot.lookup("#welcome-empty").tryQuery()).as("a second start").isEmpty();
    }
}
