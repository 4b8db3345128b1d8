package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tooltip is made when the pointer first comes over its control; its words are there from the start. */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {

    private Button done;
    private VBox root;

    @Start
    void start(Stage stage) {
        done = new Button("Done");
        Tooltips.lazy(done, "Mark as done");
        root = new VBox(40, new Label("Elsewhere"), done);
        root.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void theWordsAreTheAccessibleHelpAtOnceAndTheTooltipComesWithThePointer(FxRobot robot) {
        robot.moveTo("Elsewhere");
        Button snooze = new Button("Snooze");
        robot.interact(() -> {
            Tooltips.lazy(snooze, "Move it to a later day");
            root.getChildren().add(snooze);
        });
        assertThat(snooze.getAccessibleHelp()).isEqualTo("Move it to a later day");
        assertThat(snooze.getTooltip()).as("not made before anyone points at it").isNull();

        robot.moveTo(snooze);

        assertThat(snooze.getTooltip()).isNotNull();
        assertThat(snooze.getTooltip().getText()).isEqualTo("Move it to a later day");
    }

    @Test
    void newWordsReachTheTooltipWhetherOrNotItIsMadeYet(FxRobot robot) {
        robot.interact(() -> Tooltips.lazy(done, "Mark the reminder as done"));
        assertThat(done.getAccessibleHelp()).isEqualTo("Mark the reminder as done");
        assertThat(Tooltips.of(done).getText()).isEqualTo("Mark the reminder as done");

        robot.interact(() -> Tooltips.lazy(done, "Done: it leaves the list"));
        assertThat(done.getTooltip().getText()).isEqualTo("Done: it leaves the list");
        assertThat(done.getAccessibleHelp()).isEqualTo("Done: it leaves the list");
    }

    @Test
    void aControlWithoutWordsHasNoTooltip() {
        assertThat(Tooltips.of(new Button("Plain"))).isNull();
    }
}
