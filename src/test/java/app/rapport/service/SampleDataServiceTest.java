package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;

/** Removing the sample data takes only what is still the sample's, and one undo gives it all back. */
class SampleDataServiceTest {

    static final LocalDate TODAY = ServiceFixture.TODAY;

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    long idOf(String name) {
        return fixture.services.contacts().summaries().stream().filter(s -> s.displayName().equals(name))
                .mapToLong(ContactSummary::id).findFirst().orElseThrow();
    }

    @Test
    void sampleContactsTheUserLeftAloneAreAllRemoved() {
        fixture.services.sampleData().load();
        assertThat(fixture.services.sampleData().plan()).isEqualTo(new SampleRemoval.Plan(11, List.of()));

        SampleRemoval removal = fixture.services.sampleData().remove();

        assertThat(removal.removed()).isEqualTo(11);
        assertThat(removal.kept()).isEmpty();
        assertThat(fixture.services.contacts().summaries()).isEmpty();
        assertThat(fixture.services.sampleData().isLoaded()).isFalse();
    }

    @Test
    void archivingASampleContactIsNotAddingToIt() {
        fixture.services.sampleData().load();
        fixture.services.contacts().archive(idOf("Maya Chen"));

        assertThat(fixture.services.sampleData().plan().keeps()).isEmpty();
    }

    @Test
    void whatTheUserAddedToASampleContactStaysWithItAndTheRestGoes() {
        fixture.services.sampleData().load();
        Contact own = fixture.services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        long maya = idOf("Maya Chen");
        long daniel = idOf("Daniel Okafor");
        long priya = idOf("Priya Natarajan");
        long jonas = idOf("Jonas Weber");
        Interaction coffee = fixture.services.interactions().log(new Interaction(null, maya, TODAY,
                InteractionKind.COFFEE_OR_MEAL, "Flat white, talked about Q1"));
        fixture.services.contacts().save(fixture.services.contacts().get(daniel).toBuilder()
                .vouchForThem("Pays on time, clear about what he wants.").build());
        fixture.services.links().changeState(priya, "instagram", LinkState.DECLINED_BY_ME);
        fixture.services.followUps().createManual(jonas, null, "Ask Jonas about the portfolio", "", TODAY.plusDays(2));

        assertThat(fixture.services.sampleData().plan()).isEqualTo(new SampleRemoval.Plan(7,
                List.of("Daniel Okafor", "Jonas Weber", "Maya Chen", "Priya Natarajan")));
        SampleRemoval removal = fixture.services.sampleData().remove();

        assertThat(removal.removed()).isEqualTo(7);
        assertThat(removal.kept()).containsExactly("Daniel Okafor", "Jonas Weber", "Maya Chen", "Priya Natarajan");
        assertThat(fixture.services.contacts().summaries()).extracting(ContactSummary::displayName)
                .containsExactlyInAnyOrder("Ada Lovelace", "Maya Chen", "Daniel Okafor", "Priya Natarajan",
                        "Jonas Weber");
        assertThat(fixture.services.contacts().get(maya).tags()).as("no longer sample data")
                .doesNotContain(SampleDataService.TAG);
        assertThat(fixture.services.sampleData().isLoaded()).isFalse();
        fixture.reopen(null);
        List<Interaction> mayas = fixture.store.transact(tx -> tx.interactions().ofContact(maya));
        assertThat(mayas).contains(coffee);
        assertThat(fixture.services.contacts().get(daniel).vouchForThem()).startsWith("Pays on time");
        assertThat(fixture.services.contacts().get(own.id())).isEqualTo(own);
        assertThat(fixture.services.followUps().open()).extracting(item -> item.followUp().title())
                .contains("Ask Jonas about the portfolio");
    }

    @Test
    void undoGivesBackEverySampleContactExactly() throws Exception {
        fixture.services.sampleData().load();
        long maya = idOf("Maya Chen");
        fixture.services.interactions().log(new Interaction(null, maya, TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        fixture.services.contacts().save(Contact.named("Ada Lovelace", TODAY));
        List<String> rowsBefore = StoreContents.rows(fixture.store);
        String archiveBefore = StoreContents.archive(fixture.store);

        SampleRemoval removal = fixture.services.sampleData().remove();
        assertThat(StoreContents.rows(fixture.store)).isNotEqualTo(rowsBefore);
        fixture.services.sampleData().undo(removal);

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(rowsBefore);
        assertThat(StoreContents.archive(fixture.store)).isEqualTo(archiveBefore);
        assertThat(fixture.services.sampleData().isLoaded()).isTrue();
    }

    @Test
    void undoRefusesWhenAContactThatStayedChangedSince() throws Exception {
        fixture.services.sampleData().load();
        long maya = idOf("Maya Chen");
        fixture.services.interactions().log(new Interaction(null, maya, TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        SampleRemoval removal = fixture.services.sampleData().remove();
        fixture.services.interactions().log(new Interaction(null, maya, TODAY, InteractionKind.PHONE_CALL, "later"));
        List<String> rows = StoreContents.rows(fixture.store);

        assertThatThrownBy(() -> fixture.services.sampleData().undo(removal))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Maya Chen changed since");
        assertThat(StoreContents.rows(fixture.store)).as("nothing was changed").isEqualTo(rows);
    }
}
