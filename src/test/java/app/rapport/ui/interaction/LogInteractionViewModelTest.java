package app.rapport.ui.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

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

    List<Interaction> all() {
        return store.transact(tx -> tx.interactions().all());
    }

    @Test
    void dinnerWithThreeFriendsIsOneInteractionAndEditingKeepsEveryone() {
        LogInteractionViewModel model = LogInteractionViewModel.forContact(services, ana);
        model.addPerson(person(model, bo));
        model.addPerson(person(model, cy));
        model.addPerson(person(model, bo));
        model.addPerson(person(model, ana));
        assertThat(model.alsoWith()).extracting(ContactSummary::displayName).containsExactly("Bo", "Cy");

        assertThat(model.save()).isTrue();
        assertThat(all()).singleElement().satisfies(dinner ->
                assertThat(dinner.participants()).containsExactly(ana, bo, cy));

        LogInteractionViewModel edit = new LogInteractionViewModel(services,
                store.transact(tx -> tx.interactions().ofContact(bo)).getFirst());
        edit.notesProperty().set("Tapas");
        edit.removePerson(person(edit, cy));
        assertThat(edit.save()).isTrue();
        assertThat(all()).singleElement().satisfies(dinner -> {
            assertThat(dinner.participants()).containsExactlyInAnyOrder(ana, bo);
            assertThat(dinner.notes()).isEqualTo("Tapas");
        });
    }

    @Test
    void aGroupWithNobodyChosenFirstCannotBeSaved() {
        LogInteractionViewModel model = LogInteractionViewModel.forContact(services, null);
        model.addPerson(person(model, bo));

        assertThat(model.save()).isFalse();
        assertThat(model.errors()).containsKey("contact");
        assertThat(all()).isEmpty();
    }
}
