package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.service.Services;
import app.rapport.service.StoreRecovery;
import app.rapport.store.DamagedFiles;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;
import app.rapport.ui.contacts.ContactRow;
import app.rapport.ui.shell.MainWindow;
import app.rapport.ui.startup.RecoveryDialog;
import app.rapport.ui.startup.RecoveryViewModel;

/**
 * A damaged data file at start: the recovery dialog on a real damaged folder with a real backup, then the
 * window on the restored data, the damaged file kept aside.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {

    static final Clock CLOCK = Clock.fixed(RapportFixture.TODAY.atTime(9, 5, 7).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path dir;
    Stage stage;
    Store recoveredStore;
    RecoveryViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (recoveredStore != null) {
            recoveredStore.close();
        }
    }

    /** The sample address book, backed up, then its data file damaged; returns what opening it threw. */
    DamagedStoreException damagedWithBackup(FxRobot robot, boolean backup) throws Exception {
        // The fixture reads the system's colour scheme, which only the FX thread may.
        robot.interact(() -> {
            try (RapportFixture app = new RapportFixture(dir)) {
                app.addSampleContacts();
                if (backup) {
                    app.services.backups().backup(null);
                }
            }
        });
        DamagedStores.damage(dir, DamagedStores.Damage.RANDOM_BYTES);
        return catchThrowableOfType(DamagedStoreException.class, () -> Store.open(dir));
    }

    RecoveryDialog show(FxRobot robot, DamagedStoreException damaged) {
        model = new RecoveryViewModel(new StoreRecovery(dir, CLOCK), damaged, TaskRunner.sameThread());
        RecoveryDialog[] dialog = new RecoveryDialog[1];
        robot.interact(() -> {
            dialog[0] = new RecoveryDialog(model);
            dialog[0].stage().show();
        });
        return dialog[0];
    }

    @Test
    void restoringTheLatestBackupOpensTheWindowOnItsDataWithTheDamagedFileKeptAside(FxRobot robot) throws Exception {
        DamagedStoreException damaged = damagedWithBackup(robot, true);
        byte[] damagedBytes = Files.readAllBytes(DamagedFiles.databaseFile(dir));
        RecoveryDialog dialog = show(robot, damaged);

        assertThat(robot.lookup("#recovery-headline").queryLabeled().getText())
                .isEqualTo("Rapport's data file is damaged");
        assertThat(robot.lookup("#recovery-explanation").queryLabeled().getText())
                .contains(DamagedFiles.databaseFile(dir).toString()).doesNotContain("Exception");
        Button restoreLatest = robot.lookup("#restore-latest").queryButton();
        assertThat(restoreLatest.getText()).startsWith("Restore the latest backup (")
                .endsWith(")\nrapport-backup-2026-11-23-000000.zip");
        assertThat(restoreLatest.isDefaultButton()).isTrue();
        Screenshots.write(dialog.stage().getScene(), "recovery-dialog");

        robot.type(KeyCode.ENTER);

        assertThat(dialog.stage().isShowing()).isFalse();
        StoreRecovery.Recovered done = model.recoveredProperty().get();
        recoveredStore = done.store();
        Path aside = dir.resolve("rapport.mv.db.damaged-20261123-090507");
        assertThat(done.damagedFile()).isEqualTo(aside);
        assertThat(Files.readAllBytes(aside)).isEqualTo(damagedBytes);

        Services services = Services.over(recoveredStore, CLOCK);
        robot.interact(() -> {
            MainWindow window = new MainWindow(services, new ThemeManager(services.preferences()),
                    new WindowStateKeeper(services.preferences()), TaskRunner.sameThread(), recoveredStore.dataDir());
            window.show(stage);
            RecoveryDialog.notice(done, stage).show();
        });
        DialogPane notice = robot.lookup("#recovery-notice").queryAs(DialogPane.class);
        assertThat(robot.lookup("#recovery-notice-text").queryLabeled().getText()).isEqualTo("Restored 10 contacts from " + done.backup().getFileName()
                + ". The damaged data file is kept as " + aside + "; delete it once you are sure nothing is missing.");
        Screenshots.write(notice.getScene(), "recovery-notice");
        robot.clickOn("OK");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(table(robot).getItems()).hasSize(10).extracting(row -> row.summary().displayName())
                .contains("Ada Lovelace", "Jos\u00e9 P\u00e9rez");
    }

    @Test
    void anUnusableBackupIsSaidPlainlyAndTheUserChoosesAgain(FxRobot robot) throws Exception {
        DamagedStoreException damaged = damagedWithBackup(robot, true);
        Path notABackup = Files.writeString(dir.resolve("holiday.zip"), "not a zip at all");
        RecoveryDialog dialog = show(robot, damaged);

        robot.interact(() -> model.restore(notABackup));

        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#recovery-failure").queryLabeled().getText()).contains("holiday.zip cannot be restored")
                .endsWith("Choose another backup, or quit.");
        assertThat(DamagedFiles.databaseFile(dir)).as("the damaged file is back in place").exists();
        Screenshots.write(dialog.stage().getScene(), "recovery-unusable-backup");

        robot.clickOn("#restore-latest");
        assertThat(dialog.stage().isShowing()).isFalse();
        recoveredStore = model.recoveredProperty().get().store();
        assertThat(recoveredStore.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(10);
    }

    @Test
    void aBackupSealedWithAPasswordAsksForItAndTheRestoredDataKeepsThatPassword(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try (RapportFixture app = new RapportFixture(dir)) {
                app.addSampleContacts();
                app.services.passwords().protect("correct horse".toCharArray());
                app.services.backups().backup(null);
            }
        });
        DamagedStores.damage(dir, DamagedStores.Damage.RANDOM_BYTES);
        DamagedStoreException damaged = catchThrowableOfType(DamagedStoreException.class, () -> Store.open(dir));
        RecoveryDialog dialog = show(robot, damaged);
        assertThat(robot.lookup("#recovery-password-entry").query().isVisible()).isFalse();

        robot.clickOn("#restore-latest");

        assertThat(robot.lookup("#recovery-failure").queryLabeled().getText())
                .isEqualTo("rapport-backup-2026-11-23-000000.zip is protected with a password. Enter it to restore "
                        + "the backup.");
        assertThat(robot.lookup("#recovery-password-entry").query().isVisible()).isTrue();
        assertThat(robot.lookup("#recovery-password").query().isFocused()).isTrue();
        assertThat(DamagedFiles.databaseFile(dir)).as("the damaged file is back in place meanwhile").exists();
        robot.write("wrong horse").type(KeyCode.ENTER);
        assertThat(robot.lookup("#recovery-failure").queryLabeled().getText())
                .startsWith("That is not the password of rapport-backup-2026-11-23-000000.zip.");
        Screenshots.write(dialog.stage().getScene(), "recovery-sealed-backup");

        robot.clickOn("#recovery-password").write("correct horse").type(KeyCode.ENTER);

        assertThat(dialog.stage().isShowing()).isFalse();
        recoveredStore = model.recoveredProperty().get().store();
        assertThat(recoveredStore.isProtected()).as("restored data is not left unencrypted").isTrue();
        assertThat(recoveredStore.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(10);
    }

    @Test
    void withoutABackupTheUserCanOnlyChooseAFileOrQuitAndTheDamagedFileStays(FxRobot robot) throws Exception {
        DamagedStoreException damaged = damagedWithBackup(robot, false);
        byte[] damagedBytes = Files.readAllBytes(DamagedFiles.databaseFile(dir));
        RecoveryDialog dialog = show(robot, damaged);

        assertThat(robot.lookup("#restore-latest").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#recovery-explanation").queryLabeled().getText())
                .contains("There is no backup in " + dir.resolve("backups"))
                .contains("Rapport will not start an empty store over it");
        assertThat(robot.lookup("#choose-backup").queryButton().isDefaultButton()).isTrue();
        Screenshots.write(dialog.stage().getScene(), "recovery-no-backup");

        robot.type(KeyCode.ESCAPE);

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(model.recoveredProperty().get()).isNull();
        assertThat(Files.readAllBytes(DamagedFiles.databaseFile(dir))).isEqualTo(damagedBytes);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("damaged-"));
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<ContactRow> table(FxRobot robot) {
        return robot.lookup("#contacts-table").queryAs(TableView.class);
    }
}
