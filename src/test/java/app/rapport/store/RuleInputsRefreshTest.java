package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/**
 * The rules' inputs after a write: only the contacts the write touched are read again, counted in rows that
 * come back from H2, and what comes out is exactly what reading everything again would give.
 */
class RuleInputsRefreshTest {

    private static final int CONTACTS = 40;
    private static final int INTERACTIONS_EACH = 5;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Store store;
    private final List<Long> ids = new ArrayList<>();
    private final RowCounter rowsRead = new RowCounter();

    @BeforeEach
    void fillAStore() {
        store = Store.open(folder);
        store.transactVoid(tx -> {
            for (int i = 0; i < CONTACTS; i++) {
                long id = tx.contacts().insert(Contact.builder().displayName("Person " + i)
                        .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE)
                        .addedOn(TODAY.minusYears(1)).build());
                ids.add(id);
                tx.links().put(new Link(id, "linkedin", LinkState.CONNECTED, TODAY.minusMonths(6), ""));
                for (int j = 0; j < INTERACTIONS_EACH; j++) {
                    tx.interactions().insert(new Interaction(null, id, TODAY.minusWeeks(j + 1L),
                            InteractionKind.MESSAGE, "note " + j));
                }
            }
        });
        store.ruleInputs();
        store.observe(rowsRead);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loggingAnInteractionReadsOnlyThatContactsRowsAgain() {
        long someone = ids.get(7);
        store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, someone, TODAY,
                InteractionKind.COFFEE_OR_MEAL, "")));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        // The contact, its one link and its interactions, five old and the new one.
        assertThat(rowsRead.count()).isEqualTo(1 + 1 + INTERACTIONS_EACH + 1);
        assertThat(after.interactions().get(someone)).hasSize(INTERACTIONS_EACH + 1)
                .contains(new Interaction(null, someone, TODAY, InteractionKind.COFFEE_OR_MEAL, ""));
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void anImportsLinkedInMessageDaysAndAChangeToOneReadOnlyTheirContactAgain() {
        long someone = ids.get(12);
        store.transactVoid(tx -> tx.interactions().insertMessageDays(java.util.Map.of(someone,
                List.of(TODAY.minusDays(2), TODAY.minusDays(1))), "run"));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        // The contact, its one link, its five interactions and the one row holding both days.
        assertThat(rowsRead.count()).isEqualTo(1 + 1 + INTERACTIONS_EACH + 1);
        assertThat(after.interactions().get(someone)).hasSize(INTERACTIONS_EACH + 2);
        assertThat(after).isEqualTo(everythingReadAgain());

        Interaction day = store.transact(tx -> tx.interactions().ofContact(someone)).stream()
                .filter(i -> i.on().equals(TODAY.minusDays(1))).findFirst().orElseThrow();
        store.transactVoid(tx -> tx.interactions().update(new Interaction(day.id(), someone, day.on(),
                InteractionKind.PHONE_CALL, "")));

        rowsRead.reset();
        RuleInputs changed = store.ruleInputs();

        // The contact, its link, its six interactions now and the row left with one day.
        assertThat(rowsRead.count()).isEqualTo(1 + 1 + INTERACTIONS_EACH + 1 + 1);
        assertThat(changed.interactions().get(someone)).hasSize(INTERACTIONS_EACH + 2)
                .contains(new Interaction(null, someone, day.on(), InteractionKind.PHONE_CALL, ""));
        assertThat(changed).isEqualTo(everythingReadAgain());
    }

    @Test
    void aTransactionOverTwoContactsReadsBothAgainAndNoOneElse() {
        long first = ids.get(3);
        long second = ids.get(30);
        store.transactVoid(tx -> {
            tx.links().put(new Link(first, "facebook", LinkState.REQUEST_SENT, TODAY, ""));
            tx.contacts().setArchived(second, true);
        });

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isEqualTo(2 * (1 + INTERACTIONS_EACH) + 2 + 1);
        assertThat(after.contacts()).filteredOn(contact -> contact.id() == second)
                .singleElement().extracting(Contact::archived).isEqualTo(true);
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void editingAnInteractionReadsOnlyItsPeopleAgain() {
        long someone = ids.get(12);
        Interaction old = store.transact(tx -> tx.interactions().ofContact(someone)).getFirst();
        store.transactVoid(tx -> tx.interactions().update(new Interaction(old.id(), someone, TODAY,
                InteractionKind.IN_PERSON, "met")));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isEqualTo(1 + 1 + INTERACTIONS_EACH);
        assertThat(after.interactions().get(someone))
                .contains(new Interaction(null, someone, TODAY, InteractionKind.IN_PERSON, ""));
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void movingAnInteractionToSomeoneElseReadsBothAgain() {
        long someone = ids.get(12);
        Interaction old = store.transact(tx -> tx.interactions().ofContact(someone)).getFirst();
        store.transactVoid(tx -> tx.interactions().update(new Interaction(old.id(), ids.get(13), TODAY,
                InteractionKind.IN_PERSON, "met")));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isEqualTo(2 * (1 + 1 + INTERACTIONS_EACH));
        assertThat(after.interactions().get(someone)).hasSize(INTERACTIONS_EACH - 1);
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void aWriteThatCannotBeNarrowedDownHasEverythingReadAgain() {
        long someone = ids.get(5);
        // Moving every interaction of one contact to another (a merge) does not say which rows it moves.
        store.transactVoid(tx -> tx.interactions().reassign(someone, ids.get(6)));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isGreaterThanOrEqualTo(CONTACTS * (2 + INTERACTIONS_EACH) - 1);
        assertThat(after.interactions().get(someone)).isNullOrEmpty();
    }

    @Test
    void interactionsAnImportWritesInOneBatchAreReadAgain() {
        long someone = ids.get(3);
        // Written through JDBC, past jOOQ's listeners: the store must still hear of it.
        store.transactVoid(tx -> tx.interactions().insertFromSource(
                List.of(new Interaction(null, someone, TODAY, InteractionKind.MESSAGE, ""),
                        new Interaction(null, someone, TODAY.minusDays(1), InteractionKind.MESSAGE, "")),
                List.of("linkedin:" + TODAY, "linkedin:" + TODAY.minusDays(1)), "LINKEDIN", "run-1", () -> { }));

        RuleInputs after = store.ruleInputs();

        assertThat(after.interactions().get(someone)).hasSize(INTERACTIONS_EACH + 2);
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void aFullReadGivesEachPersonTheirInteractionsInTheOrderAPartialReadDoes() {
        long first = ids.get(1);
        long second = ids.get(2);
        long third = ids.get(3);
        store.transactVoid(tx -> {
            tx.interactions().insert(Interaction.with(null, List.of(third, first, second), TODAY,
                    InteractionKind.COFFEE_OR_MEAL, "dinner for three"));
            // Moved to someone else after later ones were written: the table no longer holds it in id order.
            long moved = tx.interactions().insert(new Interaction(null, first, TODAY.minusDays(2),
                    InteractionKind.PHONE_CALL, ""));
            tx.interactions().insert(new Interaction(null, second, TODAY.minusDays(1), InteractionKind.PHONE_CALL, ""));
            tx.interactions().update(new Interaction(moved, third, TODAY.minusDays(2), InteractionKind.PHONE_CALL, ""));
        });

        RuleInputs whole = everythingReadAgain();
        RuleInputs partly = store.transact(tx -> RuleInputs.readOf(tx, Set.copyOf(ids)));

        assertThat(partly).isEqualTo(whole);
        assertThat(whole.interactions().get(first)).hasSize(INTERACTIONS_EACH + 1);
        assertThat(whole.interactions().get(third)).extracting(Interaction::kind).endsWith(
                InteractionKind.COFFEE_OR_MEAL, InteractionKind.PHONE_CALL);
    }

    @Test
    void writesOutsideTheRulesInputsReadNothingAgain() {
        String template = store.transact(tx -> tx.templates().all()).getFirst().id();
        store.transactVoid(tx -> tx.templates().updateBody(template, "Hello {name}"));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isZero();
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    @Test
    void aSettingReadsThePlatformsAndSettingsAgainButNoContact() {
        store.transactVoid(tx -> tx.settings().put("rules.jobSeeking", "true"));

        rowsRead.reset();
        RuleInputs after = store.ruleInputs();

        assertThat(rowsRead.count()).isLessThan(CONTACTS);
        assertThat(after).isEqualTo(everythingReadAgain());
    }

    private RuleInputs everythingReadAgain() {
        return store.transact(RuleInputs::read);
    }

    /** Counts the rows every query hands back, however they are read (jOOQ records or the JDBC result). */
    private static final class RowCounter implements ExecuteListener {

        private final AtomicInteger rows = new AtomicInteger();

        @Override
        public void executeEnd(ExecuteContext ctx) {
            ResultSet results = ctx.resultSet();
            if (results != null) {
                ctx.resultSet((ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
                        new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                            try {
                                Object value = method.invoke(results, args);
                                if (method.getName().equals("next") && Boolean.TRUE.equals(value)) {
                                    rows.incrementAndGet();
                                }
                                return value;
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }));
            }
        }

        void reset() {
            rows.set(0);
        }

        int count() {
            return rows.get();
        }
    }
}
