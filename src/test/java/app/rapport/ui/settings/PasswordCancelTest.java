package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.BackgroundTaskRunner;
import app.rapport.ui.FxDialogService;
import app.rapport.ui.HeldWatch;
import app.rapport.ui.Screenshots;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.ThemeManager;

/**
 * Cancel pressed while the data is being encrypted, in the real password form, on a real background thread: the
 * test holds the work part of the way through, presses Escape, and lets it go on.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordCancelTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;
    Store store;
    BackgroundTaskRunner tasks;
    PasswordViewModel model;
    final HeldWatch watch = new HeldWatch(HeldWatch.PART_WAY);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
        store = Store.open(dir.resolve("data"));
        Services services = Services.over(store, Clock.systemDefaultZone());
        // Megabytes of notes, so that the data file is encrypted in several pieces.
        store.transactVoid(tx -> tx.contacts().insertAll(IntStream.range(0, 2_000).mapToObj(i -> Contact.builder()
                .displayName("Contact " + i).notes(("Met at the conference, day " + i + ". ").repeat(40))
                .addedOn(LocalDate.of(2026, 11, 1)).build()).toList()));
        tasks = new BackgroundTaskRunner();
        model = new PasswordViewModel(services.passwords(), services.backups().folder(), tasks, watch);
        PasswordView view = new PasswordView(model, new FxDialogService(() -> stage));
        view.setPadding(new Insets(16));
        Scene scene = new Scene(view, 720, 200);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        watch.hold.release();
        tasks.close();
        store.close();
    }

    @Test
    void escapeWhileTheDataIsEncryptedStopsTheChangeClosesTheFormAndSaysWhatWasKept(FxRobot robot) throws Exception {
        robot.clickOn("#protect-password");
        Node form = robot.lookup("#password-dialog").query();
        Window window = form.getScene().getWindow();
        robot.targetWindow(window);
        robot.write("correct horse").type(KeyCode.TAB).write("correct horse").type(KeyCode.ENTER);

        assertThat(watch.hold.reached()).as("the encryption under way").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#password-progress-step").queryLabeled().getText())
                .matches("Encrypting your data\u2026 \\d{1,2}%");
        assertThat(robot.lookup("#password-progress-bar").queryAs(ProgressBar.class).getProgress()).isBetween(0.0, 1.0);
        assertThat(robot.lookup("#password-confirm-button").queryButton().isDisabled()).isTrue();
        assertThat(form.getScene().getFocusOwner().getId()).as("the one thing left to do")
                .isEqualTo("password-cancel-button");
        Screenshots.write(form.getScene(), "password-in-progress");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#password-progress-step").queryLabeled().getText()).isEqualTo("Cancelling\u2026");
        assertThat(window.isShowing()).as("open until the work has stopped").isTrue();
        watch.hold.release();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
        assertThat(robot.lookup("#password-status").queryLabeled().getText())
                .isEqualTo("Cancelled. Nothing was changed: your data still has no password.");
        assertThat(store.isProtected()).isFalse();
        assertThat(robot.lookup("#protect-password").query().isVisible()).isTrue();
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).as("back on the button that opened the form")
                .isEqualTo("protect-password");
    }
}
