package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.BackupSeal;
import app.rapport.store.DamagedFiles;
import app.rapport.store.Store;

/**
 * The real start-up on protected data: {@link RapportApplication} gets the store's "password needed" from its
 * opening future, shows the unlock window, and after the password the main window and the daily backup, sealed.
 */
class ProtectedStartTest {

    @TempDir
    Path dir;

    @Test
    void theUnlockWindowComesFirstThenTheMainWindowAndASealedDailyBackup() throws Exception {
        try (Store store = Store.open(dir)) {
            Services services = Services.over(store, Clock.systemDefaultZone());
            services.contacts().save(Contact.named("Zebulon Quartermaine", LocalDate.of(2026, 11, 1)));
            services.passwords().protect("correct horse".toCharArray());
        }
        try (RealStart _ = RealStart.on(dir)) {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-password").tryQuery()
                    .isPresent());
            Window unlock = robot.lookup("#unlock-password").query().getScene().getWindow();
            robot.targetWindow(unlock);
            robot.write("wrong horse").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-problem").query()
                    .isVisible());
            assertThat(robot.lookup("#nav-settings").tryQuery()).isEmpty();

            robot.write("correct horse").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery()
                    .isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(unlock.isShowing()).as("the unlock window is gone").isFalse();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dailyBackup() != null);
            Path backup = dailyBackup();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> BackupSeal.isSealed(backup));
        }
    }

    @Test
    void aDamagedProtectedStoreGetsTheRecoveryDialogAfterThePasswordAndOpensOnTheRestoredBackup() throws Exception {
        try (Store store = Store.open(dir)) {
            Services services = Services.over(store, Clock.systemDefaultZone());
            services.contacts().save(Contact.named("Zebulon Quartermaine", LocalDate.of(2026, 11, 1)));
            services.passwords().protect("correct horse".toCharArray());
            services.backups().backup(null);
        }
        // Cut inside its first chunks, the encrypted file still starts as a protected one and takes the password.
        Path file = DamagedFiles.databaseFile(dir);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 5000));
        try (RealStart _ = RealStart.on(dir)) {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-password").tryQuery()
                    .isPresent());
            Window unlock = robot.lookup("#unlock-password").query().getScene().getWindow();
            robot.targetWindow(unlock);
            robot.write("correct horse").type(KeyCode.ENTER);

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#restore-latest").tryQuery()
                    .isPresent());
            // The recovery window is found as it opens: it is laid out, and the list of windows settled, first.
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#recovery-headline").queryLabeled().getText())
                    .isEqualTo("Rapport's data file is damaged");
            robot.clickOn("#restore-latest");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recovery-password").tryQuery()
                    .filter(Node::isVisible).isPresent());
            robot.clickOn("#recovery-password").write("correct horse").type(KeyCode.ENTER);

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery()
                    .isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(unlock.isShowing()).as("the unlock window is gone").isFalse();
            assertThat(robot.lookup("#recovery-notice-text").queryLabeled().getText())
                    .startsWith("Restored 1 contact from ");
            try (InputStream restored = Files.newInputStream(DamagedFiles.databaseFile(dir))) {
                assertThat(new String(restored.readNBytes(9), StandardCharsets.US_ASCII))
                        .as("the restored data is encrypted with the password").isEqualTo("H2encrypt");
            }
        }
    }

    private Path dailyBackup() throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            // Not the ".part" it is written as: that name is gone once the backup is whole.
            return files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.startsWith("auto-") && name.endsWith(".zip")).findFirst()
                    .map(folder::resolve).orElse(null);
        }
    }
}
