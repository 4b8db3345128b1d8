package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Familiarity;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionDays;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Settings;

/**
 * The rules' interactions are held as a day and a kind each, and say exactly what they were given; what the rules'
 * way of holding cannot say is kept as it came.
 */
class RuleInteractionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @TempDir
    Path folder;

    @Test
    void heldInteractionsAreEqualOneByOneToThoseGiven() {
        List<Interaction> given = List.of(
                new Interaction(null, 7, DAY, InteractionKind.COFFEE_OR_MEAL, ""),
                new Interaction(null, 7, DAY.minusYears(30), InteractionKind.WORKED_TOGETHER, ""),
                new Interaction(null, 7, DAY.plusDays(2), InteractionKind.SOCIAL_MEDIA, ""));

        List<Interaction> held = RuleInteractions.of(7, given);

        assertThat(held).isInstanceOf(RuleInteractions.class).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(held.get(1).on()).isEqualTo(DAY.minusYears(30));
        assertThat(held.get(2).kind()).isEqualTo(InteractionKind.SOCIAL_MEDIA);
        assertThatThrownBy(() -> held.add(given.getFirst())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void heldInteractionsHeldAgainAreTheSameList() {
        List<Interaction> held = RuleInteractions.of(7, List.of(
                new Interaction(null, 7, DAY, InteractionKind.PHONE_CALL, "")));

        assertThat(RuleInteractions.of(7, held)).isSameAs(held);
    }

    @Test
    void anInteractionWithAnIdNotesOrOthersIsKeptAsItCame() {
        InteractionKind call = InteractionKind.PHONE_CALL;
        List<Interaction> withNotes = List.of(new Interaction(null, 7, DAY, call, "About the job"));
        List<Interaction> withId = List.of(new Interaction(12L, 7, DAY, call, ""));
        List<Interaction> withOthers = List.of(Interaction.with(null, List.of(7L, 8L), DAY, call, ""));

        for (List<Interaction> given : List.of(withNotes, withId, withOthers)) {
            List<Interaction> kept = RuleInteractions.of(7, given);
            assertThat(kept).isNotInstanceOf(RuleInteractions.class).isEqualTo(given);
        }
    }

    @Test
    void familiarityFromHeldDaysIsTheSameAsFromTheInteractionsThemselves() {
        Contact metLongAgo = Contact.builder().id(7L).displayName("Ada").metOn(DAY.minusYears(2)).build();
        Contact metLater = Contact.builder().id(7L).displayName("Ada").metOn(DAY.plusDays(3)).vouchForThem("Bo")
                .build();
        Contact neverMet = Contact.builder().id(7L).displayName("Ada").build();
        List<List<Interaction>> cases = List.of(
                List.of(),
                List.of(on(DAY.minusDays(40), InteractionKind.SOCIAL_MEDIA)),
                List.of(on(DAY.minusDays(40), InteractionKind.COFFEE_OR_MEAL), on(DAY.plusDays(1),
                        InteractionKind.WORKED_TOGETHER)),
                List.of(on(DAY, InteractionKind.PHONE_CALL), on(DAY.minusDays(91), InteractionKind.EMAIL),
                        on(DAY.minusYears(3), InteractionKind.WORKED_TOGETHER),
                        on(DAY.minusYears(4), InteractionKind.SOCIAL_MEDIA)),
                List.of(on(DAY.minusDays(89), InteractionKind.VIDEO_CALL), on(DAY.minusDays(90),
                        InteractionKind.MESSAGE)));

        for (Contact contact : List.of(metLongAgo, metLater, neverMet)) {
            for (List<Interaction> given : cases) {
                List<Interaction> held = RuleInteractions.of(7, given);
                assertThat(held).isInstanceOf(InteractionDays.class);
                assertThat(Familiarity.asOf(contact, held, Settings.defaults(), DAY))
                        .as("%s met %s, %s", contact.displayName(), contact.metOn(), given)
                        .isEqualTo(Familiarity.asOf(contact, List.copyOf(given), Settings.defaults(), DAY));
            }
        }
    }

    private static Interaction on(LocalDate day, InteractionKind kind) {
        return new Interaction(null, 7, day, kind, "");
    }

    @Test
    void theStoresRuleInputsHoldEveryContactsInteractionsSo() {
        try (Store store = Store.open(folder)) {
            long ada = store.transact(tx -> {
                long id = tx.contacts().insert(Contact.builder().displayName("Ada").category(Category.PERSONAL)
                        .addedOn(DAY).build());
                tx.interactions().insert(new Interaction(null, id, DAY, InteractionKind.COFFEE_OR_MEAL,
                        "Notes the rules do not read"));
                return id;
            });

            RuleInputs inputs = store.ruleInputs();

            assertThat(inputs.interactions()).containsOnlyKeys(ada);
            assertThat(inputs.interactions().get(ada)).isInstanceOf(RuleInteractions.class)
                    .containsExactly(new Interaction(null, ada, DAY, InteractionKind.COFFEE_OR_MEAL, ""));
            RuleInputs again = new RuleInputs(inputs.contacts(), inputs.platforms(), Settings.defaults(),
                    inputs.links(), Map.of(ada, inputs.interactions().get(ada)));
            assertThat(again.interactions().get(ada)).isSameAs(inputs.interactions().get(ada));
        }
    }
}
