package app.rapport.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.Platform;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.TaskRunner;

/** The matrix is let go while the page is hidden, even when it arrives after the user left the page. */
class ReadinessViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    ReadinessViewModel model;
    /** Reads that have run but not handed back yet, as with the app's background threads. */
    final List<Runnable> handBacks = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result = work.get();
                handBacks.add(() -> onSuccess.accept(result));
            }
        };
        model = new ReadinessViewModel(fixture.services.readiness(), later,
                ChangeSignal.sameThread(fixture.services.changes()));
    }

    @Test
    void aMatrixArrivingAfterThePageWasLeftIsNotKept() {
        model.shown();
        model.hidden();
        handBacks.forEach(Runnable::run);

        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void theColumnsArriveBeforeTheMatrixOnTheFirstVisit() {
        model.shown();

        assertThat(handBacks).as("the platforms, then the matrix").hasSize(2);
        handBacks.getFirst().run();
        assertThat(model.platformsProperty().get()).extracting(Platform::id)
                .containsExactly("linkedin", "facebook", "instagram", "x", "business-page");
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.loadingProperty().get()).isTrue();

        handBacks.getLast().run();
        assertThat(model.visibleRows()).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aMatrixArrivingWhileThePageIsShownIsShown() {
        model.hidden();
        model.shown();
        handBacks.forEach(Runnable::run);

        assertThat(model.visibleRows()).isNotEmpty();
    }
}
