package app.rapport.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.ui.Page;
import app.rapport.ui.Stylesheets;

/** Thousands of follow-ups due (after a large import) leave the sidebar's page names whole. */
@ExtendWith(ApplicationExtension.class)
class SidebarBadgeTest {

    private final SimpleIntegerProperty due = new SimpleIntegerProperty(2_345);

    @Start
    void start(Stage stage) {
        Sidebar sidebar = new Sidebar(page -> page == Page.FOLLOW_UPS
                ? Optional.of(new Badge("follow-ups-badge", due, "follow-up due", "follow-ups due"))
                : Optional.empty(), page -> { });
        Scene scene = new Scene(sidebar);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void pastNineHundredNinetyNineTheBadgeSaysSoAndItsWordsGiveTheNumber(FxRobot robot) {
        Label badge = robot.lookup("#follow-ups-badge").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("999+");
        assertThat(badge.getAccessibleText()).isEqualTo(String.format("%,d follow-ups due", 2_345));
        Labeled name = robot.lookup(Page.FOLLOW_UPS.label()).queryLabeled();
        assertThat(name.getWidth()).as("the page's name is not cut").isGreaterThanOrEqualTo(name.prefWidth(-1));
        assertThat(badge.getWidth()).as("nor is the badge").isGreaterThanOrEqualTo(badge.prefWidth(-1));
        assertThat(badge.localToScene(badge.getBoundsInLocal()).getMaxX()).as("inside the sidebar")
                .isLessThanOrEqualTo(robot.lookup(".sidebar").query().getBoundsInParent().getMaxX());

        robot.interact(() -> due.set(12));
        assertThat(badge.getText()).isEqualTo("12");
        assertThat(badge.getAccessibleText()).isEqualTo("12 follow-ups due");
    }
}
