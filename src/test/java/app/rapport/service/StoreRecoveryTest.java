package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.store.DamagedFiles;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;
import app.rapport.store.UnusableBackupException;

/** Recovering from a damaged data file with a real backup, on real damaged H2 files. */
class StoreRecoveryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:05:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    StoreRecovery recovery() {
        return new StoreRecovery(dir, CLOCK);
    }

    /** A store of {@code contacts} contacts with one backup of it, then its file damaged; returns the backup. */
    Path damagedWithBackup(int contacts) throws Exception {
        DamagedStores.withContacts(dir, contacts);
        Path backup;
        try (Store store = Store.open(dir)) {
            backup = new BackupService(store, CLOCK).backup(null);
        }
        DamagedStores.damage(dir, DamagedStores.Damage.ZEROED_HEADER);
        return backup;
    }

    @Test
    void theLatestBackupIsTheNewestWrittenAutomaticOrByHand() throws Exception {
        assertThat(recovery().latestBackup()).isEmpty();
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path automatic = Files.writeString(folder.resolve("auto-2026-11-22.zip"), "a");
        Path byHand = Files.writeString(folder.resolve("rapport-backup-2026-11-20-120000.zip"), "bb");
        Path halfWritten = Files.writeString(folder.resolve(".rapport-backup-1.part.zip"), "c");
        Files.writeString(folder.resolve("notes.txt"), "d");
        Files.setLastModifiedTime(automatic, FileTime.from(Instant.parse("2026-11-22T08:00:00Z")));
        Files.setLastModifiedTime(byHand, FileTime.from(Instant.parse("2026-11-22T18:30:00Z")));
        Files.setLastModifiedTime(halfWritten, FileTime.from(Instant.parse("2026-11-23T08:00:00Z")));

        StoreRecovery.Backup latest = recovery().latestBackup().orElseThrow();

        assertThat(latest.file()).isEqualTo(byHand);
        assertThat(latest.written()).isEqualTo("2026-11-22T18:30:00");
        assertThat(latest.bytes()).isEqualTo(2);
    }

    @Test
    void restoringKeepsTheDamagedFileAsideAndOpensTheBackupsData() throws Exception {
        Path backup = damagedWithBackup(12);
        byte[] damaged = Files.readAllBytes(DamagedFiles.databaseFile(dir));

        StoreRecovery.Recovered recovered = recovery().restore(recovery().latestBackup().orElseThrow().file());

        try (Store store = recovered.store()) {
            assertThat(recovered.contacts()).isEqualTo(12);
            assertThat((int) store.transact(tx -> tx.contacts().allForRules().size())).isEqualTo(12);
            assertThat(recovered.backup()).isEqualTo(backup.toAbsolutePath());
            assertThat(recovered.damagedFile()).isEqualTo(dir.resolve("rapport.mv.db.damaged-20261123-090507"));
            assertThat(Files.readAllBytes(recovered.damagedFile())).isEqualTo(damaged);
            try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
                assertThat(files).as("no before-restore copy of an empty store").containsExactly(backup);
            }
        }
        try (Store reopened = Store.open(dir)) {
            assertThat((int) reopened.transact(tx -> tx.contacts().allForRules().size())).isEqualTo(12);
        }
    }

    @Test
    void anUnusableBackupLeavesTheDamagedFileInPlaceSoNothingStartsEmpty() throws Exception {
        damagedWithBackup(3);
        Path file = DamagedFiles.databaseFile(dir);
        byte[] damaged = Files.readAllBytes(file);
        Path notABackup = Files.writeString(dir.resolve("holiday.zip"), "not a zip at all");

        assertThatThrownBy(() -> recovery().restore(notABackup)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("holiday.zip cannot be restored");

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("damaged-"));
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(DamagedStoreException.class);
    }

    @Test
    void aCancelledRestorePutsTheDamagedFileBackSoNothingStartsEmpty() throws Exception {
        Path backup = damagedWithBackup(3);
        Path file = DamagedFiles.databaseFile(dir);
        byte[] damaged = Files.readAllBytes(file);
        CancelAt watch = new CancelAt("Reading the backup");

        assertThatThrownBy(() -> recovery().restore(backup, null, watch))
                .isInstanceOf(WorkCancelledException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("damaged-") || name.startsWith("restore-"));
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(DamagedStoreException.class);
    }

    @Test
    void aMissingBackupChangesNothing() throws Exception {
        damagedWithBackup(1);
        byte[] damaged = Files.readAllBytes(DamagedFiles.databaseFile(dir));
        assertThatThrownBy(() -> recovery().restore(dir.resolve("gone.zip"))).isInstanceOf(UnusableBackupException.class);
        assertThat(Files.readAllBytes(DamagedFiles.databaseFile(dir))).isEqualTo(damaged);
    }
}
