package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.store.Store;

/** A merge undone gives back the store exactly: the same archive, and the same rows with the same ids. */
class MergeUndoTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Contact contact(String name, String organization, List<String> emails, List<String> phones,
                           List<String> tags, String notes, Relationship relationship) {
        return new Contact(null, name, "", "", organization, "", Category.PROFESSIONAL, relationship, emails, phones,
                tags, notes, "", null, null, "", "", 4, LocalDate.of(1815, 12, 10), false);
    }

    @Test
    void undoingAMergeGivesBackBothContactsWithEverythingTheyHad() throws Exception {
        Contact kept = services.contacts().save(contact("Ada Lovelace", "Analytical Engines",
                List.of("ada@example.com"), List.of(), List.of("math"), "Mine", Relationship.CLIENT));
        Contact other = services.contacts().save(contact("Ada King", "", List.of("countess@example.com"),
                List.of("+44 20 7946 0000"), List.of("countess"), "Theirs", Relationship.COLLEAGUE));
        Contact bystander = services.contacts().save(contact("Grace Hopper", "US Navy", List.of(), List.of(),
                List.of(), "", Relationship.MANAGER));
        services.interactions().log(new Interaction(null, kept.id(), TODAY.minusDays(3), InteractionKind.EMAIL, "a"));
        services.interactions().log(new Interaction(null, other.id(), TODAY.minusDays(9),
                InteractionKind.COFFEE_OR_MEAL, "b"));
        services.interactions().log(new Interaction(null, bystander.id(), TODAY.minusDays(1),
                InteractionKind.PHONE_CALL, "c"));
        services.links().changeState(kept.id(), "linkedin", LinkState.CONNECTED);
        services.links().changeState(other.id(), "linkedin", LinkState.REQUEST_SENT);
        services.links().changeState(other.id(), "x", LinkState.CONNECTED);
        services.links().changeState(other.id(), "facebook", LinkState.CONNECTED);
        services.followUps().createManual(other.id(), null, "Send Ada the slides", "", TODAY.plusDays(1));
        Platform facebook = services.rules().platforms().stream().filter(p -> p.id().equals("facebook"))
                .findFirst().orElseThrow();
        services.collisions().planReview(services.contacts().get(other.id()), facebook);
        String archiveBefore = StoreContents.archive(store);
        List<String> rowsBefore = StoreContents.rows(store);

        MergeUndo merge = services.contacts().merge(kept.id(), other.id());
        assertThat(StoreContents.rows(store)).as("the merge changed the store").isNotEqualTo(rowsBefore);
        services.contacts().undoMerge(merge);

        assertThat(StoreContents.archive(store)).isEqualTo(archiveBefore);
        assertThat(StoreContents.rows(store)).isEqualTo(rowsBefore);
        assertThat(services.contacts().get(other.id())).isEqualTo(other);
        assertThat(merge.absorbed()).isEqualTo(other);
    }

    @Test
    void aMergedContactThatChangedSinceIsLeftAloneAndTheUndoSaysWhy() throws Exception {
        Contact kept = services.contacts().save(contact("Ada Lovelace", "", List.of(), List.of(), List.of(), "",
                Relationship.CLIENT));
        Contact other = services.contacts().save(contact("Ada King", "", List.of(), List.of(), List.of(), "",
                Relationship.COLLEAGUE));
        MergeUndo merge = services.contacts().merge(kept.id(), other.id());
        services.interactions().log(new Interaction(null, kept.id(), TODAY, InteractionKind.PHONE_CALL, "After"));
        List<String> rowsAfterTheChange = StoreContents.rows(store);

        assertThatThrownBy(() -> services.contacts().undoMerge(merge)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Ada Lovelace has changed since the merge, and undoing it now would lose that change.");

        assertThat(StoreContents.rows(store)).isEqualTo(rowsAfterTheChange);
    }
}

