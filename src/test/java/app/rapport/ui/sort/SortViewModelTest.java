package app.rapport.ui.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.domain.SortSuggestion;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.TaskRunner;

/** Sort's steps on a real store: each key does one thing, the progress counts, Ctrl+Z takes the last back. */
class SortViewModelTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    SortViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(RapportFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        for (String name : List.of("Ana", "Bo", "Cy")) {
            services.contacts().save(Contact.builder().displayName(name)
                    .emails(List.of(name.toLowerCase() + "@gmail.com")).build());
        }
        services.contacts().save(Contact.named("Dee", null));
        model = new SortViewModel(services.sort(), TaskRunner.sameThread());
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Category categoryOf(String name) {
        return services.contacts().summaries().stream().filter(c -> c.displayName().equals(name)).findFirst()
                .orElseThrow().category();
    }

    @Test
    void personalThenAKeyForTheRelationshipDecidesAndMovesOn() {
        assertThat(model.progressProperty().get()).isEqualTo("0 of 4 sorted");
        assertThat(model.currentProperty().get().contact().displayName()).isEqualTo("Ana");

        model.personal();
        assertThat(model.choosingRelationshipForProperty().get()).isEqualTo(Category.PERSONAL);
        assertThat(model.relationshipKey('r')).isTrue();

        assertThat(categoryOf("Ana")).isEqualTo(Category.PERSONAL);
        assertThat(model.currentProperty().get().contact().displayName()).isEqualTo("Bo");
        assertThat(model.progressProperty().get()).isEqualTo("1 of 4 sorted");
    }

    @Test
    void skipEnterAndUndo() {
        model.skip();
        assertThat(model.currentProperty().get().contact().displayName()).isEqualTo("Bo");

        model.enter();
        assertThat(categoryOf("Bo")).as("the suggestion: a private email address only").isEqualTo(Category.PERSONAL);

        model.undo();
        assertThat(categoryOf("Bo")).isEqualTo(Category.UNDECIDED);
        assertThat(model.progressProperty().get()).isEqualTo("0 of 4 sorted");
    }

    @Test
    void takeAllWithOneReasonIsOneStepThatOneUndoReverts() {
        assertThat(model.reasons()).containsExactly(
                new SortViewModel.ReasonGroup(SortSuggestion.Reason.PRIVATE_EMAIL, 3));

        model.takeAll(SortSuggestion.Reason.PRIVATE_EMAIL);
        assertThat(model.progressProperty().get()).isEqualTo("3 of 4 sorted");
        assertThat(model.currentProperty().get().contact().displayName()).isEqualTo("Dee");
        assertThat(model.reasons()).isEmpty();

        model.undo();
        assertThat(List.of(categoryOf("Ana"), categoryOf("Bo"), categoryOf("Cy"))).containsOnly(Category.UNDECIDED);
        assertThat(model.progressProperty().get()).isEqualTo("0 of 4 sorted");
    }

    @Test
    void enterWithoutASuggestionDoesNothingAndBothNeedsNoSecondKey() {
        model.skip();
        model.skip();
        model.skip();
        assertThat(model.currentProperty().get().contact().displayName()).isEqualTo("Dee");
        model.enter();
        assertThat(categoryOf("Dee")).isEqualTo(Category.UNDECIDED);

        model.both();
        assertThat(categoryOf("Dee")).isEqualTo(Category.BOTH);
        assertThat(services.contacts().summaries().stream().filter(c -> c.displayName().equals("Dee")).findFirst()
                .orElseThrow().relationship()).isEqualTo(Relationship.OTHER);
    }

    @Test
    void withNobodyUndecidedThereIsNoCountOfNone() {
        for (int i = 0; i < 4; i++) {
            model.both();
        }
        assertThat(model.progressProperty().get()).isEqualTo("4 of 4 sorted");
        SortViewModel later = new SortViewModel(services.sort(), TaskRunner.sameThread());
        later.load();

        assertThat(later.currentProperty().get()).isNull();
        assertThat(later.progressProperty().get()).isEmpty();
    }
}
