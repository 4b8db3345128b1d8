package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.SortSuggestion;
import app.rapport.domain.VerdictKind;
import app.rapport.store.Store;

/**
 * Issue 13's services on a real store: group interactions counted for each person, backdated ledger entries,
 * bulk edits and Sort steps with one undo each, and the shared Sort follow-up.
 */
class SortingServicesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void openStore() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    long add(Contact contact) {
        return store.transact(tx -> tx.contacts().insert(contact));
    }

    long colleague(String name) {
        return add(Contact.builder().displayName(name).category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).vouchForThem("Knows the job.").addedOn(TODAY.minusDays(30))
                .build());
    }

    long undecided(String name, int addedDaysAgo) {
        return add(Contact.builder().displayName(name).addedOn(TODAY.minusDays(addedDaysAgo)).build());
    }

    List<Interaction> allInteractions() {
        return store.transact(tx -> tx.interactions().all());
    }

    List<Interaction> timeline(long contactId) {
        return store.transact(tx -> tx.interactions().ofContact(contactId));
    }

    Link linkedIn(long contactId) {
        return store.transact(tx -> tx.links().find(contactId, "linkedin")).orElseThrow();
    }

    List<LinkChange> history(long contactId) {
        return store.transact(tx -> tx.links().history(contactId));
    }

    List<Long> tagged(String tag) {
        return store.transact(tx -> tx.contacts().idsTagged(tag));
    }

    List<Contact> contacts(List<Long> ids) {
        return store.transact(tx -> tx.contacts().findAll(ids));
    }

    FollowUp followUp(long id) {
        return store.transact(tx -> tx.followUps().find(id)).orElseThrow();
    }

    List<FollowUp> openFollowUps() {
        return store.transact(tx -> tx.followUps().open());
    }

    @Test
    void oneDinnerWithThreeFriendsIsOneInteractionCountedForEachByEveryRule() {
        long ana = colleague("Ana");
        long bo = colleague("Bo");
        long cy = colleague("Cy");
        services.links().changeState(ana, "linkedin", LinkState.REQUEST_RECEIVED);
        services.links().changeState(cy, "linkedin", LinkState.REQUEST_RECEIVED);
        assertThat(openFollowUps()).extracting(FollowUp::rule).containsOnly("F1");

        Interaction dinner = services.interactions().log(Interaction.with(null, List.of(ana, bo, cy),
                TODAY.minusDays(1), InteractionKind.COFFEE_OR_MEAL, "Dinner at Lola's"));

        assertThat(allInteractions()).hasSize(1);
        for (long friend : List.of(ana, bo, cy)) {
            assertThat(timeline(friend)).singleElement()
                    .satisfies(seen -> assertThat(seen.participants()).containsExactlyInAnyOrder(ana, bo, cy));
            assertThat(services.readiness().forContact(friend).platforms().stream()
                    .filter(p -> p.platform().id().equals("linkedin")).findFirst().orElseThrow()
                    .verdict().kind()).as("met over dinner and can vouch").isEqualTo(VerdictKind.READY);
        }
        assertThat(openFollowUps()).as("the dinner closed F1 for both who asked; F3 for each, F5 to invite Bo")
                .extracting(FollowUp::rule).containsExactlyInAnyOrder("F3", "F3", "F5");

        services.interactions().update(new Interaction(dinner.id(), ana, TODAY.minusDays(1),
                InteractionKind.EMAIL, "Only emailed in the end", List.of(bo, cy)));
        assertThat(timeline(cy)).singleElement()
                .satisfies(seen -> assertThat(seen.kind()).isEqualTo(InteractionKind.EMAIL));
        assertThat(openFollowUps()).as("editing it changed it for all").extracting(FollowUp::rule)
                .containsExactly("F1", "F1");

        Interaction edited = allInteractions().getFirst();
        DeletedInteraction deleted = services.interactions().delete(edited);
        assertThat(allInteractions()).isEmpty();
        services.interactions().undoDelete(deleted);
        assertThat(timeline(bo)).singleElement()
                .satisfies(seen -> assertThat(seen.participants()).containsExactlyInAnyOrder(ana, bo, cy));
    }

    @Test
    void aGroupInteractionWithNobodyCannotBeMade() {
        assertThatThrownBy(() -> Interaction.with(null, List.of(), TODAY, InteractionKind.EVENT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one person");
    }

    @Test
    void aRequestNoticedLateIsDatedTheDayItCameAndTheRulesUseThatDay() {
        long ana = colleague("Ana");
        LocalDate aWeekAgo = TODAY.minusDays(7);

        services.links().changeState(ana, "linkedin", LinkState.REQUEST_RECEIVED, aWeekAgo);

        assertThat(linkedIn(ana).since()).isEqualTo(aWeekAgo);
        assertThat(history(ana)).extracting(LinkChange::on)
                .containsExactly(aWeekAgo);
        assertThat(openFollowUps()).singleElement().satisfies(meetFirst -> {
            assertThat(meetFirst.triggerKey()).isEqualTo("F1:linkedin:" + aWeekAgo);
            assertThat(meetFirst.due()).as("7 days after the request, not after today").isEqualTo(TODAY);
        });
    }

    @Test
    void aLedgerDayInTheFutureOrBeforeTheLastChangeIsRefusedAndChangesNothing() {
        long ana = colleague("Ana");
        assertThatThrownBy(() -> services.links().changeState(ana, "linkedin", LinkState.REQUEST_RECEIVED,
                TODAY.plusDays(1))).isInstanceOf(ValidationException.class).hasMessageContaining("future");
        services.links().changeState(ana, "linkedin", LinkState.REQUEST_RECEIVED, TODAY.minusDays(3));

        assertThatThrownBy(() -> services.links().changeState(ana, "linkedin", LinkState.CONNECTED,
                TODAY.minusDays(5))).isInstanceOf(ValidationException.class).hasMessageContaining("pick that day");
        assertThat(linkedIn(ana).state())
                .isEqualTo(LinkState.REQUEST_RECEIVED);
    }

    @Test
    void aBulkEditChangesEveryOneInOneStepAndOneUndoGivesEverythingBack() throws Exception {
        List<Long> ids = IntStream.range(0, 4).mapToObj(i -> undecided("Person " + i, 2)).toList();

        EditUndo edit = services.contacts().editMany(ids, new ContactEdit.AddTag("book club"));
        services.contacts().editMany(List.of(ids.getFirst()), new ContactEdit.SetCadence(6));

        assertThat(edit.count()).isEqualTo(4);
        assertThat(tagged("book club")).containsExactlyInAnyOrderElementsOf(ids);
        assertThatThrownBy(() -> services.contacts().undoEdit(edit)).as("the first changed since")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Nothing was changed");

        String beforeArchiving = StoreContents.archive(store);
        EditUndo archive = services.contacts().editMany(ids.subList(1, 4), new ContactEdit.Archive());
        assertThat(contacts(ids)).filteredOn(Contact::archived).hasSize(3);
        services.contacts().undoEdit(archive);
        assertThat(contacts(ids)).noneMatch(Contact::archived);
        assertThat(StoreContents.archive(store)).isEqualTo(beforeArchiving);
    }

    @Test
    void aLargeEditAcrossTheLineOfFiveIsUndoneRowForRow() {
        List<Long> ids = IntStream.range(0, 250).mapToObj(i -> add(Contact.builder().displayName("Phone " + i)
                .tags(i % 3 == 0 ? List.of("phone", "family") : List.of()).addedOn(TODAY.minusDays(30 + i % 9))
                .build())).toList();
        long withRequest = undecided("Asked on Facebook", 1);
        services.links().changeState(withRequest, "facebook", LinkState.REQUEST_RECEIVED);
        services.followUps().reevaluateAll();
        assertThat(openFollowUps()).extracting(FollowUp::title).contains("Sort 250 people: barbecue or business lunch?");
        List<String> before = StoreContents.rows(store);

        EditUndo tagged = services.contacts().editMany(ids, new ContactEdit.AddTag("phone"));
        assertThat(tagged("phone")).hasSize(250);
        services.contacts().undoEdit(tagged);
        assertThat(StoreContents.rows(store)).as("the tag goes only where it was added").isEqualTo(before);

        EditUndo sorted = services.contacts().editMany(ids.subList(4, 250),
                new ContactEdit.SetCategory(Category.PERSONAL, Relationship.FRIEND));
        assertThat(openFollowUps()).as("four left: each has their own again, beside the request's")
                .extracting(FollowUp::rule).containsOnly("F6").hasSize(5);
        services.contacts().undoEdit(sorted);

        assertThat(StoreContents.rows(store)).isEqualTo(before);
        assertThat(openFollowUps()).extracting(FollowUp::title).contains("Sort 250 people: barbecue or business lunch?");
    }

    @Test
    void aBulkEditThatWouldMakeOneContactInvalidChangesNone() {
        List<Long> ids = IntStream.range(0, 3).mapToObj(i -> undecided("Person " + i, 2)).toList();

        assertThatThrownBy(() -> services.contacts().editMany(ids, new ContactEdit.AddTag("x".repeat(101))))
                .isInstanceOf(ValidationException.class);

        assertThat(contacts(ids)).allSatisfy(c -> assertThat(c.tags()).isEmpty());
    }

    @Test
    void moreThanFiveUndecidedShareOneSortFollowUpThatCountsDownAndClosesByItself() {
        List<Long> ids = IntStream.range(0, 6).mapToObj(i -> undecided("Phone contact " + i, 10 + i)).toList();
        long withRequest = undecided("Asked on Facebook", 1);
        services.links().changeState(withRequest, "facebook", LinkState.REQUEST_RECEIVED);
        services.followUps().reevaluateAll();

        assertThat(openFollowUps()).extracting(FollowUp::title).containsExactlyInAnyOrder(
                "Sort 6 people: barbecue or business lunch?",
                "Decide: barbecue or business lunch with Asked on Facebook?");
        FollowUp sort = openFollowUps().stream().filter(f -> f.rule().equals("SORT")).findFirst().orElseThrow();
        assertThat(sort.contactId()).isNull();
        assertThat(sort.due()).as("the earliest of their dates").isEqualTo(TODAY.minusDays(15 - 7));

        services.sort().decide(ids.getLast(), Category.PERSONAL, Relationship.FRIEND);
        assertThat(openFollowUps()).as("five left: each has their own again").filteredOn(f -> f.rule().equals("F6"))
                .hasSize(6);
        assertThat(openFollowUps()).noneMatch(f -> f.rule().equals("SORT"));
        assertThat(followUp(sort.id()).status())
                .isEqualTo(FollowUpStatus.CLOSED);
    }

    @Test
    void sortSuggestsAndTakesAllWithOneReasonInOneStepThatOneUndoReverts() throws Exception {
        List<Long> webmail = IntStream.range(0, 3).mapToObj(i -> add(Contact.builder().displayName("Friend " + i)
                .emails(List.of("friend" + i + "@gmail.com")).addedOn(TODAY.minusDays(1)).build())).toList();
        long linkedInOnly = undecided("Recruiter", 1);
        services.links().changeState(linkedInOnly, "linkedin", LinkState.CONNECTED);
        long nothing = undecided("Unknown", 1);
        String before = StoreContents.archive(store);

        List<SortItem> queue = services.sort().queue();
        assertThat(queue).extracting(item -> item.contact().id())
                .containsExactlyElementsOf(List.of(webmail.get(0), webmail.get(1), webmail.get(2), linkedInOnly,
                        nothing));
        assertThat(services.sort().countsByReason(queue)).containsEntry(SortSuggestion.Reason.PRIVATE_EMAIL, 3)
                .containsEntry(SortSuggestion.Reason.ONLY_PROFESSIONAL, 1);

        EditUndo step = services.sort().takeAll(SortSuggestion.Reason.PRIVATE_EMAIL);

        assertThat(step.count()).isEqualTo(3);
        assertThat(contacts(webmail)).extracting(Contact::category)
                .containsOnly(Category.PERSONAL);
        assertThat(services.sort().queue()).extracting(item -> item.contact().id())
                .containsExactly(linkedInOnly, nothing);

        services.sort().undo(step);
        assertThat(StoreContents.archive(store)).isEqualTo(before);
    }
}
