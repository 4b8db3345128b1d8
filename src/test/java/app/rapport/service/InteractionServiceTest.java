package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.FieldError;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

class InteractionServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    InteractionService interactions;
    long ada;

    @BeforeEach
    void open() {
        interactions = new InteractionService(fixture.store,
                fixture.clock());
        ada = fixture.store.transact(tx -> tx.contacts().insert(Contact.named("Ada Lovelace", TODAY.minusDays(100))));
    }

    List<Interaction> timeline(long contactId) {
        return fixture.store.transact(tx -> tx.interactions().ofContact(contactId));
    }

    Interaction on(LocalDate day, InteractionKind kind, String notes) {
        return new Interaction(null, ada, day, kind, notes);
    }

    @Test
    void loggedInteractionsGetIdsAndReadNewestFirst() {
        // Logged out of date order on purpose: the timeline must sort by day, not by when it was typed in.
        Interaction coffee = interactions.log(on(TODAY.minusDays(30), InteractionKind.COFFEE_OR_MEAL, "Espresso"));
        Interaction call = interactions.log(on(TODAY.minusDays(2), InteractionKind.PHONE_CALL, ""));
        Interaction event = interactions.log(on(TODAY.minusDays(60), InteractionKind.EVENT, "Meetup"));

        assertThat(List.of(coffee, call, event)).extracting(Interaction::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(timeline(ada)).containsExactly(call, coffee, event);
    }

    @Test
    void onTheSameDayTheOneLoggedLastComesFirst() {
        Interaction first = interactions.log(on(TODAY, InteractionKind.EMAIL, "Sent the slides"));
        Interaction second = interactions.log(on(TODAY, InteractionKind.MESSAGE, "Thanks!"));

        assertThat(timeline(ada)).containsExactly(second, first);
    }

    @Test
    void notesAreStoredStripped() {
        Interaction logged = interactions.log(on(TODAY, InteractionKind.IN_PERSON, "  Lunch at the canteen \n"));

        assertThat(logged.notes()).isEqualTo("Lunch at the canteen");
        assertThat(timeline(ada)).containsExactly(logged);
    }

    @Test
    void todayIsAcceptedButTomorrowIsRefusedWithAMessageAndNothingStored() {
        interactions.log(on(TODAY, InteractionKind.VIDEO_CALL, ""));

        assertThatThrownBy(() -> interactions.log(on(TODAY.plusDays(1), InteractionKind.COFFEE_OR_MEAL, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("on"))
                .hasMessageContaining("cannot be in the future");
        assertThat(timeline(ada)).extracting(Interaction::on).containsExactly(TODAY);
    }

    @Test
    void notesAtTheLimitAreKeptAndLongerOnesRefused() {
        String longest = "n".repeat(InteractionService.NOTES_MAX);
        Interaction logged = interactions.log(on(TODAY, InteractionKind.EMAIL, longest));
        assertThat(timeline(ada)).containsExactly(logged);

        assertThatThrownBy(() -> interactions.log(on(TODAY, InteractionKind.EMAIL, longest + "n")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("notes"))
                .hasMessageContaining("20,000");
        assertThat(timeline(ada)).hasSize(1);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        // A form marks all its bad fields in one go, so both must come back together.
        Interaction bad = on(TODAY.plusDays(5), InteractionKind.EMAIL, "x".repeat(InteractionService.NOTES_MAX + 1));

        assertThatThrownBy(() -> interactions.log(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("on", "notes"));
    }

    @Test
    void updateReplacesDayKindAndNotes() {
        Interaction logged = interactions.log(on(TODAY.minusDays(3), InteractionKind.EMAIL, "draft"));
        Interaction edited = new Interaction(logged.id(), ada, TODAY.minusDays(4), InteractionKind.COFFEE_OR_MEAL,
                "It was a coffee, not an email");

        interactions.update(edited);

        assertThat(timeline(ada)).containsExactly(edited);
    }

    @Test
    void anUpdateIntoTheFutureIsRefusedAndTheStoredOneIsUnchanged() {
        Interaction logged = interactions.log(on(TODAY.minusDays(3), InteractionKind.EMAIL, "draft"));

        assertThatThrownBy(() -> interactions.update(new Interaction(logged.id(), ada, TODAY.plusDays(1),
                InteractionKind.EMAIL, "draft"))).isInstanceOf(ValidationException.class);
        assertThat(timeline(ada)).containsExactly(logged);
    }

    @Test
    void deleteThenUndoRestoresTheSameIdAndData() {
        Interaction kept = interactions.log(on(TODAY.minusDays(10), InteractionKind.EVENT, "Conference"));
        Interaction deleted = interactions.log(on(TODAY.minusDays(1), InteractionKind.COFFEE_OR_MEAL, "Flat white"));

        DeletedInteraction undo = interactions.delete(deleted);
        assertThat(timeline(ada)).containsExactly(kept);

        interactions.undoDelete(undo);
        assertThat(timeline(ada)).containsExactly(deleted, kept);
    }

    @Test
    void anInteractionLoggedBetweenDeleteAndUndoDoesNotClashWithTheRestoredId() {
        // Undo puts the old id back by hand; the identity column must not hand that id out again afterwards.
        Interaction deleted = interactions.log(on(TODAY.minusDays(1), InteractionKind.IN_PERSON, "Walk"));
        DeletedInteraction undo = interactions.delete(deleted);
        Interaction meanwhile = interactions.log(on(TODAY, InteractionKind.MESSAGE, "See you"));
        interactions.undoDelete(undo);
        Interaction after = interactions.log(on(TODAY, InteractionKind.PHONE_CALL, ""));

        assertThat(List.of(deleted.id(), meanwhile.id(), after.id())).doesNotHaveDuplicates();
        assertThat(timeline(ada)).containsExactlyInAnyOrder(deleted, meanwhile, after);
    }
}
