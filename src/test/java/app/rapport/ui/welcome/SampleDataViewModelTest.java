package app.rapport.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

class SampleDataViewModelTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    SampleDataViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model = new SampleDataViewModel(services.sampleData(), TaskRunner.sameThread(), dialogs,
                ChangeSignal.sameThread(services.changes()));
        model.shown();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theBannerShowsOnceSampleDataIsLoadedAndRemovingItAsksFirst() {
        assertThat(model.loadedProperty().get()).isFalse();
        services.sampleData().load();
        assertThat(model.loadedProperty().get()).as("heard through the change signal").isTrue();

        dialogs.confirms(false);
        model.remove();
        assertThat(services.contacts().isEmpty()).isFalse();

        dialogs.confirms(true);
        model.remove();
        assertThat(services.contacts().isEmpty()).isTrue();
        assertThat(model.loadedProperty().get()).isFalse();
        assertThat(dialogs.asked).containsExactly("Remove the sample data?", "Remove the sample data?");
    }
}
