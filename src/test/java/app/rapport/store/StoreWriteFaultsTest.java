package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

/**
 * A full disk or a data folder that cannot be written, on a real H2 database: a clear message, the last good
 * state kept, and never a store opened read-only.
 */
class StoreWriteFaultsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @AfterEach
    void plainDisk() {
        TestFileSystem.reset();
    }

    private static List<String> names(Store store) {
        return store.transact(tx -> tx.contacts().allFull()).stream().map(Contact::displayName).toList();
    }

    @Test
    void aFullDiskFailsTheWholeTransactionKeepsTheLastGoodStateAndTheStoreGoesOnAfterwards() {
        TestFileSystem.useForNewStores();
        try (Store store = Store.open(dir)) {
            store.transact(tx -> tx.contacts().insert(StoreTest.ada()));

            TestFileSystem.fillDisk();
            Throwable failure = catchThrowable(() -> store.transactVoid(tx -> {
                long id = tx.contacts().insert(Contact.named("Grace Hopper", DAY));
                tx.interactions().insert(new Interaction(null, id, DAY, InteractionKind.PHONE_CALL, "Compilers"));
            }));
            assertThat(failure).isInstanceOf(StoreDiskFullException.class)
                    .hasMessage("Rapport could not save: the disk holding " + dir + " is full. Nothing was changed; "
                            + "free some space and try again.");

            TestFileSystem.freeDisk();
            assertThat(names(store)).as("the last good state").containsExactly("Ada Lovelace");
            List<Interaction> interactions = store.transact(tx -> tx.interactions().all());
            assertThat(interactions).isEmpty();
            store.transact(tx -> tx.contacts().insert(Contact.named("Grace Hopper", DAY)));
            assertThat(names(store)).containsExactly("Ada Lovelace", "Grace Hopper");
        }
        TestFileSystem.reset();
        try (Store reopened = Store.open(dir)) {
            assertThat(names(reopened)).as("on the plain disk, after closing").containsExactly("Ada Lovelace",
                    "Grace Hopper");
        }
    }

    @Test
    void aStoreStillFullAtTheNextTransactionSaysSoAgain() {
        TestFileSystem.useForNewStores();
        try (Store store = Store.open(dir)) {
            TestFileSystem.fillDisk();
            assertThatThrownBy(() -> store.transact(tx -> tx.contacts().insert(StoreTest.ada())))
                    .isInstanceOf(StoreDiskFullException.class);
            assertThatThrownBy(() -> store.transact(tx -> tx.contacts().insert(StoreTest.ada())))
                    .isInstanceOf(StoreDiskFullException.class);
            TestFileSystem.freeDisk();
            store.transact(tx -> tx.contacts().insert(StoreTest.ada()));
            assertThat(names(store)).containsExactly("Ada Lovelace");
        }
    }

    @Test
    void aFullDiskAtStartIsSaidPlainlyAndLeavesTheFolderFree() {
        TestFileSystem.useForNewStores();
        TestFileSystem.fillDisk();
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreDiskFullException.class)
                .hasMessageContaining("the disk holding " + dir + " is full");
        TestFileSystem.freeDisk();
        try (Store store = Store.open(dir)) {
            store.transact(tx -> tx.contacts().insert(StoreTest.ada()));
            assertThat(names(store)).containsExactly("Ada Lovelace");
        }
    }

    @Test
    void aDatabaseFileThatCannotBeWrittenIsRefusedRatherThanOpenedReadOnly() {
        try (Store store = Store.open(dir)) {
            store.transact(tx -> tx.contacts().insert(StoreTest.ada()));
        }
        TestFileSystem.useForNewStores();
        TestFileSystem.makeReadOnly();
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreReadOnlyException.class)
                .hasMessageStartingWith("Rapport cannot write in its data folder " + dir + ": it is read-only.");

        TestFileSystem.reset();
        try (Store store = Store.open(dir)) {
            assertThat(names(store)).as("the data, and the folder's lock, are as they were")
                    .containsExactly("Ada Lovelace");
        }
    }

    /**
     * The operating system's own refusal. Root may write anywhere, so there (as in some CI containers) the folder
     * is not read-only for Rapport, and opening it must then work.
     */
    @Test
    void aReadOnlyFolderIsRefusedWhereTheSystemRefusesToWriteInIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(folder)) {
                try (Store store = Store.open(folder)) {
                    store.transact(tx -> tx.contacts().insert(StoreTest.ada()));
                }
            } else {
                assertThatThrownBy(() -> Store.open(folder)).isInstanceOf(StoreReadOnlyException.class)
                        .hasMessageContaining(folder + ": it is read-only");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
