package app.rapport.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.service.BackupService;
import app.rapport.service.ServiceFixture;
import app.rapport.service.StoreRecovery;
import app.rapport.store.DamagedFiles;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;
import app.rapport.ui.BackgroundTaskRunner;
import app.rapport.ui.HeldWatch;
import app.rapport.ui.Screenshots;

/**
 * Cancel pressed while the recovery dialog restores a backup, on a real background thread: the restore is held
 * part of the way through reading the backup, shown, cancelled, and let go.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryCancelTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;
    BackgroundTaskRunner tasks;
    // Held a third of the way through reading the backup.
    final HeldWatch watch = new HeldWatch((step, done, total) -> step.equals("Reading the backup")
            && done * 3 > total);

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTaskRunner();
    }

    @AfterEach
    void close() {
        watch.hold.release();
        tasks.close();
    }

    @Test
    void cancellingTheRestoreKeepsTheDialogOpenAndTheDamagedFileWhereItWas(FxRobot robot) throws Exception {
        DamagedStores.withContacts(dir, 500);
        try (Store store = Store.open(dir)) {
            new BackupService(store, ServiceFixture.clockOn(ServiceFixture.TODAY)).backup(null);
        }
        DamagedStores.damage(dir, DamagedStores.Damage.ZEROED_HEADER);
        byte[] damagedBytes = Files.readAllBytes(DamagedFiles.databaseFile(dir));
        DamagedStoreException damaged = catchThrowableOfType(DamagedStoreException.class, () -> Store.open(dir));
        RecoveryViewModel model = new RecoveryViewModel(new StoreRecovery(dir, ServiceFixture.clockOn(
                ServiceFixture.TODAY)), damaged, tasks, watch);
        RecoveryDialog[] dialog = new RecoveryDialog[1];
        robot.interact(() -> {
            dialog[0] = new RecoveryDialog(model);
            dialog[0].stage().show();
        });

        robot.clickOn("#restore-latest");
        assertThat(watch.hold.reached()).as("the restore under way").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recovery-progress-row-step").queryLabeled().getText())
                .startsWith("Reading the backup\u2026");
        assertThat(robot.lookup("#quit-recovery").queryButton().isDisabled()).isTrue();
        Screenshots.write(dialog[0].stage().getScene(), "recovery-restoring");
        robot.clickOn("#recovery-progress-row-cancel");
        watch.hold.release();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].stage().isShowing()).isTrue();
        assertThat(robot.lookup("#recovery-failure").queryLabeled().getText())
                .isEqualTo("The restore was cancelled. Nothing was changed. Restore a backup, or quit.");
        assertThat(Files.readAllBytes(DamagedFiles.databaseFile(dir))).isEqualTo(damagedBytes);
        Screenshots.write(dialog[0].stage().getScene(), "recovery-cancelled");
        robot.interact(() -> dialog[0].stage().close());
    }
}
