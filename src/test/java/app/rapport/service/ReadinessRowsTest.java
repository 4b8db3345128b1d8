package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;

/**
 * The readiness rows Home and the readiness page share: after a write, only the rows of the contacts it changed
 * are worked out again (counted), and the matrix is the one working out everyone afresh would give.
 */
class ReadinessRowsTest {

    private static final int CONTACTS = 30;

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    private final List<Long> ids = new ArrayList<>();
    private ReadinessRows rows;
    private ReadinessService readiness;

    @BeforeEach
    void colleagues() {
        for (int i = 0; i < CONTACTS; i++) {
            long id = fixture.store.transact(tx -> tx.contacts().insert(Contact.builder()
                    .displayName("Colleague " + ids.size()).category(Category.PROFESSIONAL)
                    .relationship(Relationship.COLLEAGUE).vouchForThem("Knows the job.")
                    .addedOn(ServiceFixture.TODAY.minusMonths(3)).build()));
            ids.add(id);
            fixture.services.links().changeState(id, "linkedin", LinkState.REQUEST_RECEIVED);
        }
        rows = new ReadinessRows();
        readiness = new ReadinessService(fixture.store, fixture.clock(), rows);
        readiness.matrix();
    }

    @Test
    void aCoffeeWithOneContactWorksOutOnlyTheirRowAgain() {
        long met = ids.get(11);
        assertThat(verdictOf(readiness.matrix(), met)).isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);

        fixture.services.interactions().log(new Interaction(null, met, ServiceFixture.TODAY.minusDays(1),
                InteractionKind.COFFEE_OR_MEAL, ""));
        ReadinessMatrix after = readiness.matrix();

        assertThat(rows.workedOutLastTime()).isEqualTo(1);
        assertThat(verdictOf(after, met)).isEqualTo(VerdictKind.READY);
        assertThat(after).isEqualTo(workedOutAfresh());
    }

    @Test
    void aReadWithNothingWrittenWorksOutNothing() {
        ReadinessMatrix again = readiness.matrix();

        assertThat(rows.workedOutLastTime()).isZero();
        assertThat(again).isEqualTo(workedOutAfresh());
    }

    @Test
    void aReadWithNothingWrittenGivesBackTheRowsOfTheOneBefore() {
        List<ReadinessRow> homes = rows.of(ActiveContacts.of(fixture.store.ruleInputs()), ServiceFixture.TODAY);

        List<ReadinessRow> again = rows.of(ActiveContacts.of(fixture.store.ruleInputs()), ServiceFixture.TODAY);

        assertThat(again).isSameAs(homes);
        assertThat(rows.workedOutLastTime()).isZero();

        fixture.services.interactions().log(new Interaction(null, ids.get(3), ServiceFixture.TODAY,
                InteractionKind.COFFEE_OR_MEAL, ""));
        List<ReadinessRow> afterACoffee = rows.of(ActiveContacts.of(fixture.store.ruleInputs()),
                ServiceFixture.TODAY);

        assertThat(afterACoffee).isNotSameAs(homes);
        assertThat(rows.workedOutLastTime()).isEqualTo(1);
        assertThat(readiness.matrix()).isEqualTo(workedOutAfresh());
    }

    @Test
    void otherRuleSettingsWorkOutEveryRowAgain() {
        fixture.services.rules().saveSettings(fixture.services.rules().settings().withJobSeeking(true));
        ReadinessMatrix after = readiness.matrix();

        assertThat(rows.workedOutLastTime()).isEqualTo(CONTACTS);
        assertThat(after).isEqualTo(workedOutAfresh());
    }

    @Test
    void anotherDayWorksOutEveryRowAgain() {
        ReadinessService tomorrow = new ReadinessService(fixture.store,
                ServiceFixture.clockOn(ServiceFixture.TODAY.plusDays(1)), rows);

        tomorrow.matrix();

        assertThat(rows.workedOutLastTime()).isEqualTo(CONTACTS);
    }

    @Test
    void aKeptVerdictGivesTheWordsTheContactPageShowsForIt() {
        long someone = ids.get(4);
        fixture.store.transactVoid(tx -> tx.contacts().update(tx.contacts().find(someone).orElseThrow().toBuilder()
                .displayName("Renamed Colleague").build()));

        Verdict kept = readiness.matrix().rows().stream().filter(row -> row.contact().id() == someone)
                .findFirst().orElseThrow().verdict("linkedin");
        Verdict onTheContactPage = readiness.forContact(someone).platforms().stream()
                .filter(card -> card.platform().id().equals("linkedin")).findFirst().orElseThrow().verdict();

        assertThat(kept.reasons()).isEqualTo(onTheContactPage.reasons()).isNotEmpty();
        assertThat(kept.nextStep()).isEqualTo(onTheContactPage.nextStep()).contains("Renamed Colleague");
        assertThat(kept).isEqualTo(onTheContactPage);
    }

    private ReadinessMatrix workedOutAfresh() {
        return new ReadinessService(fixture.store, fixture.clock(), new ReadinessRows()).matrix();
    }

    private static VerdictKind verdictOf(ReadinessMatrix matrix, long contactId) {
        return matrix.rows().stream().filter(row -> row.contact().id() == contactId).findFirst().orElseThrow()
                .kind("linkedin");
    }
}
