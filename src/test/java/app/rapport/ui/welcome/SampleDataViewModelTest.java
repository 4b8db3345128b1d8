package app.rapport.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.service.SampleRemoval;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

class SampleDataViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    SampleDataViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
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
        assertThat(model.undoMessage().get()).isEmpty();

        dialogs.confirms(true);
        model.remove();
        assertThat(services.contacts().isEmpty()).isTrue();
        assertThat(model.loadedProperty().get()).isFalse();
        assertThat(dialogs.asked).containsExactly("Remove the sample data?", "Remove the sample data?");
        assertThat(dialogs.confirmTexts.getLast()).startsWith("The 11 sample contacts go");
        assertThat(model.undoMessage().get()).isEqualTo("Removed 11 sample contacts.");
    }

    /** The sample loaded, a coffee logged with Maya Chen, then the removal confirmed; returns Maya's id. */
    long removedAfterACoffeeWithMaya() {
        services.sampleData().load();
        long maya = services.contacts().summaries().stream().filter(c -> c.displayName().equals("Maya Chen"))
                .mapToLong(ContactSummary::id).findFirst().orElseThrow();
        services.interactions().log(new Interaction(null, maya, TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        dialogs.confirms(true);
        model.remove();
        return maya;
    }

    @Test
    void theQuestionNamesTheSampleContactsThatStayAndUndoBringsEveryoneBack() {
        removedAfterACoffeeWithMaya();

        assertThat(dialogs.confirmTexts).containsExactly("The 10 sample contacts go, with their interactions and "
                + "follow-ups. Maya Chen stays as your own, with what you added. Your own contacts are not touched, "
                + "and Undo brings it all back.");
        assertThat(model.undoMessage().get()).isEqualTo("Removed 10 sample contacts. Kept Maya Chen, with what you "
                + "added.");
        assertThat(services.contacts().summaries()).hasSize(1);

        model.undo();

        assertThat(services.contacts().summaries()).hasSize(11);
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.undoMessage().get()).as("one undo, once").isEmpty();
        model.undo();
        assertThat(services.contacts().summaries()).hasSize(11);
    }

    @Test
    void aFailedUndoSaysWhyAndChangesNothing() {
        long maya = removedAfterACoffeeWithMaya();
        services.interactions().log(new Interaction(null, maya, TODAY, InteractionKind.PHONE_CALL, "later"));

        model.undo();

        assertThat(model.problemProperty().get()).contains("Maya Chen changed since");
        assertThat(services.contacts().summaries()).hasSize(1);
    }

    @Test
    void manyNamesAreCountedPastFour() {
        assertThat(SampleDataViewModel.names(List.of("Ada"))).isEqualTo("Ada");
        assertThat(SampleDataViewModel.names(List.of("Ada", "Grace"))).isEqualTo("Ada and Grace");
        assertThat(SampleDataViewModel.names(List.of("Ada", "Grace", "Alan", "Tim"))).isEqualTo(
                "Ada, Grace, Alan and Tim");
        assertThat(SampleDataViewModel.names(List.of("Ada", "Grace", "Alan", "Tim", "Lena"))).isEqualTo(
                "Ada, Grace, Alan and 2 others");
        assertThat(SampleDataViewModel.question(new SampleRemoval.Plan(0, List.of("Ada", "Grace"))))
                .startsWith("Ada and Grace stay as your own");
    }
}
