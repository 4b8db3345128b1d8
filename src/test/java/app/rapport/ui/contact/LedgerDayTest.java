package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.TaskRunner;

/** The contact page records a request on the day it came, and refuses a day still to come with a message. */
class LedgerDayTest {

    @TempDir
    Path dir;
    Store store;
    ContactPageViewModel model;
    long ana;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        Services services = Services.over(store, Clock.fixed(RapportFixture.TODAY.atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        ana = services.contacts().save(Contact.named("Ana Lima", null)).id();
        model = new ContactPageViewModel(services, TaskRunner.sameThread(), ChangeSignal.sameThread(services.changes()));
        model.show(ana);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Optional<Link> linkedInLink() {
        return store.transact(tx -> tx.links().find(ana, "linkedin"));
    }

    Link linkedIn() {
        return linkedInLink().orElseThrow();
    }

    @Test
    void aRequestNoticedLateIsDatedTheDayPicked() {
        assertThat(model.today()).as("the default day").isEqualTo(RapportFixture.TODAY);

        model.changeLink("linkedin", LinkState.REQUEST_RECEIVED, RapportFixture.TODAY.minusDays(6));

        assertThat(linkedIn().since()).isEqualTo(RapportFixture.TODAY.minusDays(6));
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aClickSaysWhatItRecordedAndUndoTakesItBack() {
        model.changeLink("linkedin", LinkState.REQUEST_RECEIVED, RapportFixture.TODAY.minusDays(6));
        model.changeLink("linkedin", LinkState.CONNECTED);
        assertThat(model.undoMessage().get()).isEqualTo("Recorded LinkedIn: Connected (was request received).");

        model.undo();

        assertThat(linkedIn().state()).isEqualTo(LinkState.REQUEST_RECEIVED);
        assertThat(linkedIn().since()).isEqualTo(RapportFixture.TODAY.minusDays(6));
        assertThat(store.transact(tx -> tx.links().history(ana)).size()).isEqualTo(1);
        assertThat(model.undoMessage().get()).isEmpty();
    }

    @Test
    void aDayInTheFutureIsRefusedWithAMessageAndChangesNothing() {
        model.changeLink("linkedin", LinkState.REQUEST_RECEIVED, RapportFixture.TODAY.plusDays(1));

        assertThat(model.problemProperty().get()).contains("cannot be in the future");
        assertThat(linkedInLink()).isEmpty();
    }
}
