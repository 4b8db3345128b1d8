package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the bar and its words say from the start of long work to its Cancel, reported from the work's own thread. */
@ExtendWith(ApplicationExtension.class)
class WorkWatchTest {

    private static void reportFromAnotherThread(Runnable report) throws InterruptedException {
        Thread work = new Thread(report);
        work.start();
        work.join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startingSaysSoUntilTheFirstStepReports(FxRobot robot) {
        WorkWatch watch = new WorkWatch("people");
        robot.interact(watch::start);

        assertThat(watch.stepProperty().get()).isEqualTo("Starting\u2026");
        assertThat(watch.progressProperty().get()).isEqualTo(WorkWatch.UNKNOWN);
    }

    @Test
    void aStepWithAUnitCountsAndOneWithoutSaysItsPercent(FxRobot robot) throws InterruptedException {
        WorkWatch people = new WorkWatch("people");
        WorkWatch percent = new WorkWatch();
        robot.interact(() -> {
            people.start();
            percent.start();
        });

        reportFromAnotherThread(() -> {
            people.worked("Importing", 1_200, 3_000);
            percent.worked("Backing up", 2, 5);
        });

        assertThat(people.stepProperty().get()).isEqualTo("Importing\u2026 1,200 of 3,000 people");
        assertThat(people.progressProperty().get()).isEqualTo(0.4);
        assertThat(percent.stepProperty().get()).isEqualTo("Backing up\u2026 40%");
    }

    @Test
    void afterCancelTheWorksLastReportsNoLongerShow(FxRobot robot) throws InterruptedException {
        WorkWatch watch = new WorkWatch();
        robot.interact(watch::start);
        robot.interact(watch::cancel);

        reportFromAnotherThread(() -> watch.worked("Backing up", 4, 5));

        assertThat(watch.isCancelled()).isTrue();
        assertThat(watch.stepProperty().get()).isEqualTo("Cancelling\u2026");
    }
}
