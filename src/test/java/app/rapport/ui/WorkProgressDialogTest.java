package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window of an export under way: its bar and words follow the work, Cancel stops it, and it closes at the end. */
@ExtendWith(ApplicationExtension.class)
class WorkProgressDialogTest {

    final WorkWatch watch = new WorkWatch();
    final SimpleBooleanProperty running = new SimpleBooleanProperty(true);
    final AtomicInteger cancelled = new AtomicInteger();
    Stage owner;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 480, 240));
        stage.show();
    }

    private WorkProgressDialog shown(FxRobot robot) {
        WorkProgressDialog[] dialog = new WorkProgressDialog[1];
        robot.interact(() -> {
            dialog[0] = new WorkProgressDialog("Exporting to rapport-2026-12-03.rapport.json", watch, running,
                    cancelled::incrementAndGet);
            new FxDialogService(() -> owner).show(dialog[0]);
            watch.worked("Exporting", 12_000, 30_000);
        });
        return dialog[0];
    }

    @Test
    void itShowsHowFarTheWorkIsAndClosesWhenItIsOver(FxRobot robot) {
        WorkProgressDialog dialog = shown(robot);

        assertThat(robot.lookup("#work-progress-step").queryLabeled().getText()).isEqualTo("Exporting\u2026 40%");
        assertThat(robot.lookup("#work-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.4);
        Screenshots.write(robot.lookup("#work-progress-dialog").queryAs(DialogPane.class).getScene(),
                "export-in-progress");

        robot.interact(() -> running.set(false));

        assertThat(dialog.isShowing()).isFalse();
        assertThat(cancelled).as("the work ended by itself").hasValue(0);
    }

    @Test
    void cancelStopsTheWorkAndClosesTheWindow(FxRobot robot) {
        WorkProgressDialog dialog = shown(robot);

        robot.clickOn("Cancel");

        assertThat(cancelled).hasValue(1);
        assertThat(dialog.isShowing()).isFalse();
        robot.interact(() -> running.set(false));
        assertThat(cancelled).hasValue(1);
    }
}
