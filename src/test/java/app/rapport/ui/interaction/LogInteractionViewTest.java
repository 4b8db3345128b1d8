package app.rapport.ui.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.FxStarted;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.TaskRunner;

/** The form's picker for the others who were there keeps working however long the form stays open. */
class LogInteractionViewTest {

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        FxStarted.ensure();
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(RapportFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void someonePickedAfterAGarbageCollectionIsStillAdded() throws Exception {
        long ana = services.contacts().save(Contact.named("Ana", null)).id();
        long bo = services.contacts().save(Contact.named("Bo", null)).id();
        List<LogInteractionViewModel> ready = new ArrayList<>();
        LogInteractionViewModel.open(services, TaskRunner.sameThread(), OptionalLong.of(ana), null, ready::add,
                error -> { throw new AssertionError(error); });
        LogInteractionViewModel model = ready.getFirst();
        LogInteractionView view = WaitForAsyncUtils.asyncFx(() -> new LogInteractionView(model)).get();

        // A picker that passed its value through a property only the form's builder held stopped adding anyone
        // once that property was collected: a binding both ways holds its properties weakly.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ContactSummary> add = (ComboBox<ContactSummary>) view.getDialogPane()
                    .lookup("#interaction-add-person");
            add.setValue(model.contacts().stream().filter(c -> c.id() == bo).findFirst().orElseThrow());
        }).get();

        assertThat(model.alsoWith()).extracting(ContactSummary::id).containsExactly(bo);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> assertThat(view.getDialogPane().lookup("#interaction-add-person"))
                .extracting(node -> ((ComboBox<?>) node).getValue()).as("ready for the next").isNull()).get();
    }
}
