package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.LINKEDIN_MESSAGE_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

/**
 * The days of LinkedIn messages an import adds are kept one row per person and import, on a real store, and
 * everything that reads interactions sees each day as an interaction of its own: the contact page, the rules, the
 * archive, an import's undo and the next import. One the user changes or deletes first becomes an ordinary
 * interaction with the same id.
 */
class LinkedInMessageDaysTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    @TempDir
    Path folder;
    private Store store;
    private long ada;
    private long grace;

    @BeforeEach
    void twoPeopleWithMessageDays() {
        store = Store.open(folder);
        ada = store.transact(tx -> tx.contacts().insert(Contact.builder().displayName("Ada Lovelace")
                .addedOn(MARCH_10).build()));
        grace = store.transact(tx -> tx.contacts().insert(Contact.builder().displayName("Grace Hopper")
                .addedOn(MARCH_10).build()));
        store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, ada, MARCH_20,
                InteractionKind.COFFEE_OR_MEAL, "Typed by hand")));
        store.transactVoid(tx -> tx.interactions().insertMessageDays(Map.of(ada, List.of(MARCH_11, MARCH_10, MARCH_11),
                grace, List.of(MARCH_10)), "run-1"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachPersonsDaysFromOneImportAreOneRowAndNoRowOfTheInteractionTable() {
        assertThat(count(LINKEDIN_MESSAGE_DAYS.getName())).isEqualTo(2);
        assertThat(count(INTERACTION.getName())).as("only the coffee typed by hand").isEqualTo(1);
    }

    @Test
    void theContactPageListsEachDayOnceAsAMessageNewestFirstAmongTheOtherInteractions() {
        List<Interaction> adas = store.transact(tx -> tx.interactions().ofContact(ada));

        assertThat(adas).extracting(Interaction::on, Interaction::kind).containsExactly(
                tuple(MARCH_20, InteractionKind.COFFEE_OR_MEAL),
                tuple(MARCH_11, InteractionKind.MESSAGE),
                tuple(MARCH_10, InteractionKind.MESSAGE));
        assertThat(adas).extracting(Interaction::id).doesNotHaveDuplicates().doesNotContainNull();
        for (Interaction interaction : adas) {
            assertThat(one(interactions -> interactions.find(interaction.id()))).contains(interaction);
        }
    }

    @Test
    void theRulesTheArchiveAndAReadOfSomeContactsSeeEveryDay() {
        List<Interaction> forRules = store.transact(tx -> tx.interactions().allForRules());
        List<Interaction> adasForRules = store.transact(tx -> tx.interactions().forRulesOf(List.of(ada)));

        assertThat(forRules).hasSize(4).filteredOn(i -> i.contactId() == ada).isEqualTo(adasForRules);
        assertThat(adasForRules).contains(new Interaction(null, ada, MARCH_10, InteractionKind.MESSAGE, ""),
                new Interaction(null, ada, MARCH_11, InteractionKind.MESSAGE, ""));
        assertThat(list(interactions -> interactions.all())).hasSize(4);
        assertThat(list(interactions -> interactions.withAnyoneBetween(grace, grace)))
                .extracting(Interaction::contactId, Interaction::on)
                .containsExactly(tuple(grace, MARCH_10));
        assertThat(set(interactions -> interactions.contactIdsBetween(MARCH_10, MARCH_10)))
                .containsExactlyInAnyOrder(ada, grace);
        assertThat(set(interactions -> interactions.contactIdsBetween(MARCH_11, MARCH_11))).containsExactly(ada);
    }

    @Test
    void theNextImportIsToldWhichDaysAreStoredAlready() {
        assertThat(set(interactions -> interactions.daysFromSource("LINKEDIN")))
                .containsExactlyInAnyOrder(ada + "|2026-03-10", ada + "|2026-03-11", grace + "|2026-03-10");
    }

    @Test
    void aChangedDayBecomesAnOrdinaryInteractionWithTheSameIdAndStillGoesWithItsImportsUndo() {
        Interaction march11 = message(ada, MARCH_11);

        store.transactVoid(tx -> tx.interactions().update(new Interaction(march11.id(), ada, MARCH_11,
                InteractionKind.VIDEO_CALL, "It was a call")));

        assertThat(one(interactions -> interactions.find(march11.id()))).contains(new Interaction(
                march11.id(), ada, MARCH_11, InteractionKind.VIDEO_CALL, "It was a call"));
        assertThat(list(interactions -> interactions.ofContact(ada))).hasSize(3);
        assertThat(count(INTERACTION.getName())).isEqualTo(2);
        assertThat(set(interactions -> interactions.daysFromSource("LINKEDIN"))).as("still from LinkedIn")
                .contains(ada + "|2026-03-11");

        assertThat(set(interactions -> interactions.contactsOfRun("run-1"))).containsExactlyInAnyOrder(ada, grace);
        assertThat(number(interactions -> interactions.deleteOfRun("run-1"))).isEqualTo(3);
        assertThat(list(interactions -> interactions.ofContact(ada))).extracting(Interaction::kind)
                .containsExactly(InteractionKind.COFFEE_OR_MEAL);
        assertThat(count(LINKEDIN_MESSAGE_DAYS.getName())).isZero();
    }

    @Test
    void aDeletedDayIsGoneAndGoesBackIntoItsRowUnderItsId() {
        Interaction gracesDay = message(grace, MARCH_10);

        InteractionOrigin origin = store.transact(tx -> tx.interactions().originOf(gracesDay.id()));
        assertThat(yes(interactions -> interactions.delete(gracesDay.id()))).isTrue();

        assertThat(list(interactions -> interactions.ofContact(grace))).isEmpty();
        assertThat(one(interactions -> interactions.find(gracesDay.id()))).isEmpty();

        store.transactVoid(tx -> tx.interactions().reinsert(gracesDay, origin));

        assertThat(list(interactions -> interactions.ofContact(grace))).containsExactly(gracesDay);
        assertThat(count(INTERACTION.getName())).as("only the coffee typed by hand").isEqualTo(1);
        assertThat(set(interactions -> interactions.contactsOfRun("run-1"))).contains(grace);
    }

    @Test
    void aMergeGivesTheDaysToTheContactKept() {
        store.transactVoid(tx -> tx.interactions().reassign(grace, ada));

        assertThat(list(interactions -> interactions.ofContact(ada))).extracting(Interaction::on)
                .containsExactly(MARCH_20, MARCH_11, MARCH_10, MARCH_10);
        assertThat(list(interactions -> interactions.ofContact(grace))).isEmpty();
    }

    @Test
    void aDeletedContactsDaysGoWithIt() {
        store.transactVoid(tx -> tx.contacts().delete(grace));

        assertThat(count(LINKEDIN_MESSAGE_DAYS.getName())).isEqualTo(1);
        assertThat(list(interactions -> interactions.all())).extracting(Interaction::contactId)
                .containsOnly(ada);
    }

    private List<Interaction> list(Function<InteractionRepository, List<Interaction>> query) {
        return store.transact(tx -> query.apply(tx.interactions()));
    }

    private Optional<Interaction> one(Function<InteractionRepository, Optional<Interaction>> query) {
        return store.transact(tx -> query.apply(tx.interactions()));
    }

    private <E> Set<E> set(Function<InteractionRepository, Set<E>> query) {
        return store.transact(tx -> query.apply(tx.interactions()));
    }

    private int number(Function<InteractionRepository, Integer> query) {
        return store.transact(tx -> query.apply(tx.interactions()));
    }

    private boolean yes(Function<InteractionRepository, Boolean> query) {
        return store.transact(tx -> query.apply(tx.interactions()));
    }

    private Interaction message(long contactId, LocalDate day) {
        return store.transact(tx -> tx.interactions().ofContact(contactId)).stream()
                .filter(i -> i.on().equals(day) && i.kind() == InteractionKind.MESSAGE).findFirst().orElseThrow();
    }

    private int count(String table) {
        return store.withConnection(connection -> DSL.using(connection, SQLDialect.H2)
                .fetchCount(DSL.table(DSL.name(table))));
    }
}
