package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;

/** A merge undone gives back the fixture.store exactly: the same archive, and the same rows with the same ids. */
class MergeUndoTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    static Contact contact(String name, String organization, List<String> emails, List<String> phones,
                           List<String> tags, String notes, Relationship relationship) {
        return Contact.builder().displayName(name).organization(organization).category(Category.PROFESSIONAL)
                .relationship(relationship).emails(emails).phones(phones).tags(tags).notes(notes)
                .keepInTouchWeeks(4).birthday(LocalDate.of(1815, 12, 10)).build();
    }

    @Test
    void undoingAMergeGivesBackBothContactsWithEverythingTheyHad() throws Exception {
        Contact kept = fixture.services.contacts().save(contact("Ada Lovelace", "Analytical Engines",
                List.of("ada@example.com"), List.of(), List.of("math"), "Mine", Relationship.CLIENT));
        Contact other = fixture.services.contacts().save(contact("Ada King", "", List.of("countess@example.com"),
                List.of("+44 20 7946 0000"), List.of("countess"), "Theirs", Relationship.COLLEAGUE));
        Contact bystander = fixture.services.contacts().save(contact("Grace Hopper", "US Navy", List.of(), List.of(),
                List.of(), "", Relationship.MANAGER));
        fixture.services.interactions().log(new Interaction(null, kept.id(), TODAY.minusDays(3), InteractionKind.EMAIL, "a"));
        fixture.services.interactions().log(new Interaction(null, other.id(), TODAY.minusDays(9),
                InteractionKind.COFFEE_OR_MEAL, "b"));
        fixture.services.interactions().log(new Interaction(null, bystander.id(), TODAY.minusDays(1),
                InteractionKind.PHONE_CALL, "c"));
        fixture.services.links().changeState(kept.id(), "linkedin", LinkState.CONNECTED);
        fixture.services.links().changeState(other.id(), "linkedin", LinkState.REQUEST_SENT);
        fixture.services.links().changeState(other.id(), "x", LinkState.CONNECTED);
        fixture.services.links().changeState(other.id(), "facebook", LinkState.CONNECTED);
        fixture.services.followUps().createManual(other.id(), null, "Send Ada the slides", "", TODAY.plusDays(1));
        Platform facebook = fixture.services.rules().platforms().stream().filter(p -> p.id().equals("facebook"))
                .findFirst().orElseThrow();
        fixture.services.collisions().planReview(fixture.services.contacts().get(other.id()), facebook);
        String archiveBefore = StoreContents.archive(fixture.store);
        List<String> rowsBefore = StoreContents.rows(fixture.store);

        MergeUndo merge = fixture.services.contacts().merge(kept.id(), other.id());
        assertThat(StoreContents.rows(fixture.store)).as("the merge changed the store").isNotEqualTo(rowsBefore);
        fixture.services.contacts().undoMerge(merge);

        assertThat(StoreContents.archive(fixture.store)).isEqualTo(archiveBefore);
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(rowsBefore);
        assertThat(fixture.services.contacts().get(other.id())).isEqualTo(other);
        assertThat(merge.absorbed()).isEqualTo(other);
    }

    @Test
    void aMergedContactThatChangedSinceIsLeftAloneAndTheUndoSaysWhy() throws Exception {
        Contact kept = fixture.services.contacts().save(contact("Ada Lovelace", "", List.of(), List.of(), List.of(), "",
                Relationship.CLIENT));
        Contact other = fixture.services.contacts().save(contact("Ada King", "", List.of(), List.of(), List.of(), "",
                Relationship.COLLEAGUE));
        MergeUndo merge = fixture.services.contacts().merge(kept.id(), other.id());
        fixture.services.interactions().log(new Interaction(null, kept.id(), TODAY, InteractionKind.PHONE_CALL, "After"));
        List<String> rowsAfterTheChange = StoreContents.rows(fixture.store);

        assertThatThrownBy(() -> fixture.services.contacts().undoMerge(merge)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Ada Lovelace has changed since the merge, and undoing it now would lose that change.");

        assertThat(StoreContents.rows(fixture.store)).isEqualTo(rowsAfterTheChange);
    }
}

