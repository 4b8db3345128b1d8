package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which failures to open a store mean "the file is damaged", on real H2 files damaged for real. */
class DamagedStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = DamagedStores.Damage.class, names = {"CUT_SHORT", "RANDOM_BYTES", "ZEROED_HEADER", "EMPTY",
            "TEXT"})
    void aDamagedFileIsReportedAsDamagedAndLeftExactlyAsItWas(DamagedStores.Damage damage) throws Exception {
        DamagedStores.withContacts(dir, 300);
        Files.createDirectories(dir.resolve("backups"));
        Files.write(dir.resolve("backups").resolve("auto-2026-11-22.zip"), new byte[] {1});
        Path file = DamagedStores.damage(dir, damage);
        byte[] before = Files.readAllBytes(file);

        Throwable problem = catchThrowable(() -> Store.open(dir));

        assertThat(problem).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged");
        assertThat(((DamagedStoreException) problem).databaseFile()).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).as("never repaired, emptied or replaced").isEqualTo(before);
        assertThat(InstanceLockProbe.isFree(dir)).isTrue();
    }

    /**
     * Where a file is damaged decides whether H2 can still read it all; what must never happen is that it opens
     * with data missing. These files are damaged where H2 falls back to an older state without a word (with no
     * contacts at all, when tried without the check before opening).
     */
    @ParameterizedTest
    @EnumSource(value = DamagedStores.Damage.class, names = {"CUT_IN_HALF", "ZEROED_MIDDLE"})
    void aFileDamagedInThePartHoldingTheNewestDataNeverOpensWithDataMissing(DamagedStores.Damage damage)
            throws Exception {
        for (int contacts : new int[] {1, 10, 50, 300}) {
            Path folder = dir.resolve(damage + "-" + contacts);
            DamagedStores.withContacts(folder, contacts);
            Path file = DamagedStores.damage(folder, damage);
            byte[] before = Files.readAllBytes(file);
            try (Store store = Store.open(folder)) {
                assertThat(store.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(contacts);
            } catch (DamagedStoreException e) {
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
            }
        }
    }

    @Test
    void anEmptyFileWithoutAnyBackupIsAFirstStartThatFailedAndTheStoreBegins() throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve(Store.DATABASE_FILE), new byte[0]);

        try (Store store = Store.open(dir)) {
            store.transact(tx -> tx.contacts().insert(StoreTest.ada()));
            int contacts = store.transact(tx -> tx.contacts().allForRules().size());
            assertThat(contacts).isEqualTo(1);
        }
    }

    @Test
    void aStoreInUseIsNotDamaged() {
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreInUseException.class)
                    .isNotInstanceOf(DamagedStoreException.class);
        }
    }

    @Test
    void aStoreFromANewerVersionIsNotDamaged() throws Exception {
        DamagedStores.withContacts(dir, 1);
        try (var connection = DriverManager.getConnection(StoreConnections.jdbcUrl(dir), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(NewerStoreException.class);
    }

    @Test
    void anEncryptedStoreOpenedWithoutItsPasswordIsNotDamaged() throws Exception {
        try (var connection = DriverManager.getConnection(StoreConnections.fileUrl(dir) + ";CIPHER=AES", "sa", "secret sa");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE anything (id INT)");
        }
        Throwable problem = catchThrowable(() -> Store.open(dir));
        assertThat(problem).isInstanceOf(StoreException.class).isNotInstanceOf(DamagedStoreException.class);
    }

    @Test
    void aDamagedFileIsMovedAsideUnderADatedNameAndNeverOverwritten() throws Exception {
        DamagedStores.withContacts(dir, 3);
        Path file = DamagedStores.damage(dir, DamagedStores.Damage.RANDOM_BYTES);
        byte[] damaged = Files.readAllBytes(file);
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 9, 5, 7);

        Path aside = DamagedFiles.moveAside(dir, now);
        Files.write(file, new byte[] {1, 2, 3});
        Path second = DamagedFiles.moveAside(dir, now);

        assertThat(aside).isEqualTo(dir.resolve("rapport.mv.db.damaged-20261123-090507"));
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        assertThat(second).isEqualTo(dir.resolve("rapport.mv.db.damaged-20261123-090507-2"));
        assertThat(Files.readAllBytes(second)).containsExactly(1, 2, 3);
        assertThat(file).doesNotExist();
    }
}
