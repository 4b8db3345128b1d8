package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.Screenshots;

/**
 * The start-up nudge about what is due comes a few seconds after the window, once its first page has its data,
 * rather than being styled, laid out and faded in on the FX thread while that thread fills the page.
 */
class DueNotificationAtStartTest {

    private static final String NUDGE = "1 follow-up is due. Click to see it.";

    @TempDir
    Path dir;

    @Test
    void theNudgeComesSecondsAfterTheWindow() throws Exception {
        oneFollowUpDue();

        try (RealStart _ = RealStart.on(dir)) {
            FxRobot robot = windowShown();
            long windowSeen = System.nanoTime();
            assertThat(robot.lookup(NUDGE).tryQuery()).as("not with the window").isEmpty();

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(NUDGE).tryQuery().isPresent());

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - windowSeen)).isGreaterThan(2_000);
            // Once it has slid in: it grows from nothing.
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.write(robot.lookup(NUDGE).query().getScene(), "due-nudge");
            // ControlsFX paints its panel with colours the theme does not have: without app.css's, it had none.
            Region panel = robot.lookup(".notification-bar > .pane").queryAs(Region.class);
            assertThat(panel.getBackground()).as("the nudge's panel has a background").isNotNull();
            assertThat(panel.getBackground().getFills()).isNotEmpty();
        }
    }

    @Test
    void aWindowClosedBeforeTheNudgeIsDueClosesQuietly() throws Exception {
        oneFollowUpDue();

        try (RealStart _ = RealStart.on(dir)) {
            windowShown();
            // Closed after the catch-up that puts the nudge off (it ends within a second of the window here) and
            // before the nudge is due.
            Thread.sleep(TimeUnit.SECONDS.toMillis(2));
        }
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(4));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }

        assertThat(uncaught).isEmpty();
        assertThat(new FxRobot().lookup(NUDGE).tryQuery()).isEmpty();
    }

    private void oneFollowUpDue() {
        try (Store store = Store.open(dir)) {
            Services services = Services.over(store, Clock.systemDefaultZone());
            long ada = services.contacts().save(Contact.named("Ada Lovelace", LocalDate.now().minusMonths(2))).id();
            services.links().changeState(ada, "facebook", LinkState.REQUEST_RECEIVED);
        }
    }

    private static FxRobot windowShown() throws Exception {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-contacts").tryQuery().isPresent());
        return robot;
    }
}
