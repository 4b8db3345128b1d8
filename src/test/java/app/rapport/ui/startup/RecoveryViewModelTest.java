package app.rapport.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.service.BackupService;
import app.rapport.service.HostileBackups;
import app.rapport.service.ServiceFixture;
import app.rapport.service.StoreRecovery;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;
import app.rapport.ui.FxStarted;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/** The start-up recovery's choices, without a window. */
class RecoveryViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        // The watch shows progress on the FX thread.
        FxStarted.ensure();
    }

    @Test
    void theNoticeCountsTheContactsRestoredWithTheirThousandsGrouped() {
        StoreRecovery.Recovered done = new StoreRecovery.Recovered(null, Path.of("auto-2026-12-03.zip"), null, 30_000);

        assertThat(RecoveryViewModel.noticeAfter(done)).isEqualTo("Restored 30,000 contacts from auto-2026-12-03.zip.");
    }

    @Test
    void aCancelledRestoreSaysSoAndTheSameBackupCanStillBeRestored() throws Exception {
        DamagedStores.withContacts(dir, 3);
        Path backup;
        try (Store store = Store.open(dir)) {
            backup = new BackupService(store, ServiceFixture.clockOn(ServiceFixture.TODAY)).backup(null);
        }
        DamagedStores.damage(dir, DamagedStores.Damage.ZEROED_HEADER);
        DamagedStoreException damaged = catchThrowableOfType(DamagedStoreException.class, () -> Store.open(dir));
        WorkWatch cancelsOnce = new WorkWatch() {
            private boolean done;

            @Override
            public void worked(String step, long worked, long total) {
                super.worked(step, worked, total);
                if (step.equals("Reading the backup") && !done) {
                    done = true;
                    cancel();
                }
            }
        };
        RecoveryViewModel model = new RecoveryViewModel(new StoreRecovery(dir, ServiceFixture.clockOn(
                ServiceFixture.TODAY)), damaged, TaskRunner.sameThread(), cancelsOnce);

        model.restoreLatest();

        assertThat(model.failureProperty().get())
                .isEqualTo("The restore was cancelled. Nothing was changed. Restore a backup, or quit.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.recoveredProperty().get()).isNull();

        model.restore(backup);

        assertThat(model.recoveredProperty().get()).isNotNull();
        try (Store restored = model.recoveredProperty().get().store()) {
            assertThat(restored.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(3);
        }
    }

    @Test
    void aBackupThatUnpacksFarBeyondAnyStoreIsRefusedWithItsReasonAndTheChoiceStaysOpen() throws Exception {
        DamagedStores.withContacts(dir, 3);
        DamagedStores.damage(dir, DamagedStores.Damage.ZEROED_HEADER);
        DamagedStoreException damaged = catchThrowableOfType(DamagedStoreException.class, () -> Store.open(dir));
        Path bomb = HostileBackups.blankScript(dir.resolve("bomb.zip"), 64L << 20);
        RecoveryViewModel model = new RecoveryViewModel(new StoreRecovery(dir, ServiceFixture.clockOn(
                ServiceFixture.TODAY)), damaged, TaskRunner.sameThread());

        model.restore(bomb);

        assertThat(model.failureProperty().get()).isEqualTo(bomb + " cannot be restored. rapport.sql unpacks to "
                + "more than 100 times its packed size, which no Rapport backup does: it is not a real backup. "
                + "Nothing was changed. Choose another backup, or quit.");
        assertThat(model.busyProperty().get()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(file -> file.getFileName().toString().startsWith("restore-"));
        }
    }
}
