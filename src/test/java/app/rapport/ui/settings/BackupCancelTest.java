package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
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
import app.rapport.ui.HeldWatch;
import app.rapport.ui.Screenshots;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.ThemeManager;

/**
 * Cancel pressed while a backup or a restore runs, in a real scene, on a real background thread: the test holds
 * the work at the first step that can tell how far it is, presses Cancel, and lets it go on.
 */
@ExtendWith(ApplicationExtension.class)
class BackupCancelTest {

    private static final long WAIT_SECONDS = 60;
    private static final int CONTACTS = 2_500;

    @TempDir
    Path dir;
    Store store;
    Services services;
    BackgroundTaskRunner tasks;
    BackupsViewModel model;
    final HeldWatch watch = new HeldWatch(HeldWatch.PART_WAY);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.systemDefaultZone());
        // More than the archive reads in one go, so that a backup reports a step part of the way through.
        store.transactVoid(tx -> tx.contacts().insertAll(IntStream.rangeClosed(1, CONTACTS)
                .mapToObj(i -> Contact.builder().displayName("Contact " + i).addedOn(LocalDate.of(2025, 1, 1))
                        .build()).toList()));
        tasks = new BackgroundTaskRunner();
        model = new BackupsViewModel(services.backups(), tasks, new ScriptedDialogs(), watch);
        BackupsView view = new BackupsView(model);
        view.setPadding(new Insets(16));
        Scene scene = new Scene(view, 720, 260);
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
    void cancelWhileBackingUpLeavesNoFileAndSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#back-up-now");
        assertThat(watch.hold.reached()).as("the backup under way").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backup-progress-step").queryLabeled().getText()).isEqualTo("Backing up\u2026 80%");
        assertThat(robot.lookup("#backup-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.8);
        assertThat(robot.lookup("#back-up-now").queryButton().isDisabled()).isTrue();
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).as("the one thing left to do")
                .isEqualTo("backup-progress-cancel");
        Screenshots.write(robot.window(0).getScene(), "backup-in-progress");

        robot.clickOn("#backup-progress-cancel");
        assertThat(robot.lookup("#backup-progress-step").queryLabeled().getText()).isEqualTo("Cancelling\u2026");
        robot.clickOn("#backup-progress-cancel");
        watch.hold.release();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backup-status").queryLabeled().getText())
                .isEqualTo("The backup was cancelled. No file was written.");
        assertThat(robot.lookup("#backup-progress").query().isVisible()).isFalse();
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).as("back where it started")
                .isEqualTo("back-up-now");
        try (Stream<Path> files = Files.list(model.folder())) {
            assertThat(files).isEmpty();
        }
        Screenshots.write(robot.window(0).getScene(), "backup-cancelled");
    }

    @Test
    void cancelWhileRestoringChangesNothing(FxRobot robot) throws Exception {
        Path backup = services.backups().backup(dir.resolve("all.zip"));
        services.contacts().save(Contact.named("Katherine Johnson", null));

        robot.interact(() -> model.restore(backup));
        assertThat(watch.hold.reached()).as("the restore under way").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backup-progress-step").queryLabeled().getText())
                .startsWith("Unpacking the backup\u2026");
        assertThat(robot.lookup("#backup-status").queryLabeled().getText()).isEqualTo("Restoring all.zip\u2026");
        Screenshots.write(robot.window(0).getScene(), "restore-in-progress");
        robot.clickOn("#backup-progress-cancel");
        watch.hold.release();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backup-status").queryLabeled().getText())
                .isEqualTo("The restore was cancelled. Nothing was changed.");
        assertThat(services.contacts().summaries()).hasSize(CONTACTS + 1);
        assertThat(model.lastRestoreProperty().get()).as("nothing to undo").isNull();
    }
}
