package app.rapport.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.store.DamagedFiles;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;
import app.rapport.store.StoreKey;
import app.rapport.ui.TaskRunner;

class UnlockViewModelTest {

    @TempDir
    Path dir;

    final List<DamagedStoreException> damaged = new ArrayList<>();

    @Test
    void aWrongPasswordSaysSoAndTheNextTryOpensTheStore() {
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }
        List<Store> opened = new ArrayList<>();
        UnlockViewModel model = new UnlockViewModel(dir, password -> Store.open(dir, password),
                TaskRunner.sameThread(), opened::add, damaged::add);
        assertThat(model.canOpen().get()).as("nothing typed yet").isFalse();

        model.passwordProperty().set("wrong horse");
        model.open();
        assertThat(model.problemProperty().get()).isEqualTo(UnlockViewModel.WRONG_PASSWORD);
        assertThat(model.passwordProperty().get()).as("emptied for the next try").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(opened).isEmpty();

        model.passwordProperty().set("correct horse");
        model.open();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().isProtected()).isTrue();
        opened.getFirst().close();
    }

    @Test
    void anotherProblemIsShownInItsOwnWords() {
        try (Store holding = Store.open(dir)) {
            holding.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
            UnlockViewModel model = new UnlockViewModel(dir, password -> Store.open(dir, password),
                    TaskRunner.sameThread(), store -> { }, damaged::add);
            model.passwordProperty().set("correct horse");
            model.open();
            assertThat(model.problemProperty().get()).startsWith("Rapport is already open on");
        }
    }

    @Test
    void aDamagedFileThatThePasswordOpensGoesToRecoveryInsteadOfAMessage() throws Exception {
        DamagedStores.withContacts(dir, 20);
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }
        // Cut inside its first chunks, the encrypted file still starts as a protected one and takes the password.
        Path file = DamagedFiles.databaseFile(dir);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 5000));
        List<Store> opened = new ArrayList<>();
        UnlockViewModel model = new UnlockViewModel(dir, password -> Store.open(dir, password),
                TaskRunner.sameThread(), opened::add, damaged::add);

        model.passwordProperty().set("correct horse");
        model.open();

        assertThat(damaged).singleElement().satisfies(damage -> assertThat(damage.databaseFile())
                .isEqualTo(DamagedFiles.databaseFile(dir)));
        assertThat(model.problemProperty().get()).as("the recovery dialog says it, not the unlock window").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(opened).isEmpty();
    }
}
