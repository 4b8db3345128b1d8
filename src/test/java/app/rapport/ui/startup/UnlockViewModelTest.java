package app.rapport.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.store.Store;
import app.rapport.store.StoreKey;
import app.rapport.ui.TaskRunner;

class UnlockViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aWrongPasswordSaysSoAndTheNextTryOpensTheStore() {
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }
        List<Store> opened = new ArrayList<>();
        UnlockViewModel model = new UnlockViewModel(dir, password -> Store.open(dir, password),
                TaskRunner.sameThread(), opened::add);
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
                    TaskRunner.sameThread(), store -> { });
            model.passwordProperty().set("correct horse");
            model.open();
            assertThat(model.problemProperty().get()).startsWith("Rapport is already open on");
        }
    }
}
