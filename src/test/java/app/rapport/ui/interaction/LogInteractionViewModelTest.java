package app.rapport.ui.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.TaskRunner;

/** The log-interaction form with several people: one interaction for all, kept whole when edited. */
class LogInteractionViewModelTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    long ana;
    long bo;
    long cy;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(RapportFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        ana = services.contacts().save(Contact.named("Ana", null)).id();
        bo = services.contacts().save(Contact.named("Bo", null)).id();
        cy = services.contacts().save(Contact.named("Cy", null)).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    ContactSummary person(LogInteractionViewModel model, long id) {
        return model.contacts().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** The form as the shell opens it: who can be chosen is read first. */
    LogInteractionViewModel opened(OptionalLong preselected, Interaction editing) {
        List<LogInteractionViewModel> ready = new ArrayList<>();
        LogInteractionViewModel.open(services, TaskRunner.sameThread(), preselected, editing, ready::add,
                error -> { throw new AssertionError(error); });
        return ready.getFirst();
    }

    /** Saves as the form's Save button does; true when the form would close. */
    static boolean saved(LogInteractionViewModel model) {
        boolean[] closed = {false};
        model.save(() -> closed[0] = true);
        return closed[0];
    }

    List<Interaction> all() {
        return store.transact(tx -> tx.interactions().all());
    }

    @Test
    void dinnerWithThreeFriendsIsOneInteractionAndEditingKeepsEveryone() {
        LogInteractionViewModel model = opened(OptionalLong.of(ana), null);
        model.addPerson(person(model, bo));
        model.addPerson(person(model, cy));
        model.addPerson(person(model, bo));
        model.addPerson(person(model, ana));
        assertThat(model.alsoWith()).extracting(ContactSummary::displayName).containsExactly("Bo", "Cy");

        assertThat(saved(model)).isTrue();
        assertThat(all()).singleElement().satisfies(dinner ->
                assertThat(dinner.participants()).containsExactly(ana, bo, cy));

        LogInteractionViewModel edit = opened(OptionalLong.empty(),
                store.transact(tx -> tx.interactions().ofContact(bo)).getFirst());
        edit.notesProperty().set("Tapas");
        edit.removePerson(person(edit, cy));
        assertThat(saved(edit)).isTrue();
        assertThat(all()).singleElement().satisfies(dinner -> {
            assertThat(dinner.participants()).containsExactlyInAnyOrder(ana, bo);
            assertThat(dinner.notes()).isEqualTo("Tapas");
        });
    }

    @Test
    void aGroupWithNobodyChosenFirstCannotBeSaved() {
        LogInteractionViewModel model = opened(OptionalLong.empty(), null);
        model.addPerson(person(model, bo));

        assertThat(saved(model)).isFalse();
        assertThat(model.errors()).containsKey("contact");
        assertThat(all()).isEmpty();
    }
}
