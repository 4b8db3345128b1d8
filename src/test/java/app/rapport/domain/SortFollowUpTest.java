package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md's F6 for many: more than 5 undecided contacts without a request share one "Sort {n} people". */
class SortFollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    record Qualifies(String name, Contact contact, List<Link> links, boolean qualifies, LocalDate due) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Qualifies> whoQualifies() {
        return Stream.of(
                new Qualifies("undecided, added 8 days ago: due a week after adding",
                        undecided(8), List.of(), true, TODAY.minusDays(1)),
                new Qualifies("boundary: added exactly 7 days ago is not yet",
                        undecided(7), List.of(), false, null),
                new Qualifies("met 10 days ago, added 2 days ago: the earlier day counts",
                        undecided(2).toBuilder().metOn(TODAY.minusDays(10)).build(), List.of(), true,
                        TODAY.minusDays(3)),
                new Qualifies("a request received keeps its own F6, so it does not share",
                        undecided(30), List.of(new Link(1L, "facebook", LinkState.REQUEST_RECEIVED,
                        TODAY.minusDays(2), "")), false, null),
                new Qualifies("a request on a hidden platform does not count: it shares",
                        undecided(30), List.of(new Link(1L, "hidden", LinkState.REQUEST_RECEIVED,
                        TODAY.minusDays(2), "")), true, TODAY.minusDays(23)),
                new Qualifies("decided contacts do not qualify",
                        undecided(30).withCategory(Category.PERSONAL), List.of(), false, null),
                new Qualifies("archived contacts do not qualify",
                        undecided(30).withArchived(true), List.of(), false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoQualifies")
    void qualifiesByTimeAloneWithoutARequest(Qualifies c) {
        assertThat(SortFollowUp.dueWithoutRequest(c.contact(), c.links(), platforms(), TODAY))
                .isEqualTo(Optional.ofNullable(c.due()));
    }

    @Test
    void fiveQualifyingContactsKeepTheirOwnAndSixShareOne() {
        assertThat(SortFollowUp.shares(5)).isFalse();
        assertThat(SortFollowUp.shares(6)).isTrue();
        assertThat(SortFollowUp.reconcile(dues(5), List.of(), TODAY).isEmpty()).isTrue();

        FollowUpChanges six = SortFollowUp.reconcile(dues(6), List.of(), TODAY);

        assertThat(six.toOpen()).singleElement().satisfies(sort -> {
            assertThat(sort.title()).isEqualTo("Sort 6 people: barbecue or business lunch?");
            assertThat(sort.contactId()).isNull();
            assertThat(sort.platformId()).isNull();
            assertThat(sort.rule()).isEqualTo("SORT");
            assertThat(sort.due()).as("the earliest of their dates").isEqualTo(TODAY.minusDays(6));
            assertThat(sort.triggerKey()).isEqualTo("SORT:" + TODAY.minusDays(6));
            assertThat(sort.status()).isEqualTo(FollowUpStatus.OPEN);
        });
    }

    @Test
    void reEvaluatingUpdatesTheCountAndDueDayInsteadOfOpeningASecond() {
        FollowUp open = stored(1L, SortFollowUp.reconcile(dues(8), List.of(), TODAY).toOpen().getFirst());
        assertThat(SortFollowUp.reconcile(dues(8), List.of(open), TODAY).isEmpty()).isTrue();

        List<LocalDate> theTwoOldestSorted = dues(8).subList(0, 6);
        FollowUpChanges changes = SortFollowUp.reconcile(theTwoOldestSorted, List.of(open), TODAY);

        assertThat(changes.toOpen()).isEmpty();
        assertThat(changes.toClose()).isEmpty();
        assertThat(changes.toRetitle()).singleElement().satisfies(sort -> {
            assertThat(sort.id()).isEqualTo(1L);
            assertThat(sort.title()).isEqualTo("Sort 6 people: barbecue or business lunch?");
            assertThat(sort.due()).isEqualTo(TODAY.minusDays(6));
            assertThat(sort.triggerKey()).isEqualTo(open.triggerKey());
        });
    }

    @Test
    void closesByItselfWhenFiveOrFewerAreLeft() {
        FollowUp open = stored(1L, SortFollowUp.reconcile(dues(6), List.of(), TODAY).toOpen().getFirst());

        FollowUpChanges changes = SortFollowUp.reconcile(dues(5), List.of(open), TODAY);

        assertThat(changes.toClose()).containsExactly(1L);
        assertThat(changes.toOpen()).isEmpty();
    }

    @Test
    void aDismissedOneDoesNotComeBackForTheSameStartButASecondOpenOneIsClosed() {
        FollowUp dismissed = withStatus(stored(1L, SortFollowUp.reconcile(dues(6), List.of(), TODAY).toOpen()
                .getFirst()), FollowUpStatus.DISMISSED);
        List<LocalDate> oneMoreNewcomer = Stream.concat(dues(6).stream(), Stream.of(TODAY.minusDays(1))).toList();
        assertThat(SortFollowUp.reconcile(oneMoreNewcomer, List.of(dismissed), TODAY).isEmpty()).isTrue();

        FollowUp first = stored(2L, SortFollowUp.reconcile(dues(6), List.of(), TODAY).toOpen().getFirst());
        FollowUp second = stored(3L, first);
        assertThat(SortFollowUp.reconcile(dues(6), List.of(second, first), TODAY).toClose()).containsExactly(3L);
    }

    /** {@code n} due days, yesterday first, then one a day further back. */
    private static List<LocalDate> dues(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(TODAY::minusDays).toList();
    }

    private static Contact undecided(int addedDaysAgo) {
        return Contact.builder().id(1L).displayName("Ana Lima").addedOn(TODAY.minusDays(addedDaysAgo)).build();
    }

    private static List<Platform> platforms() {
        return Stream.concat(Platform.defaults().stream(),
                Stream.of(new Platform("hidden", "Old network", Sphere.PERSONAL, 9, true))).toList();
    }

    private static FollowUp stored(long id, FollowUp f) {
        return new FollowUp(id, f.contactId(), f.platformId(), f.rule(), f.triggerKey(), f.title(), f.message(),
                f.due(), f.status(), f.createdOn());
    }

    private static FollowUp withStatus(FollowUp f, FollowUpStatus status) {
        return new FollowUp(f.id(), f.contactId(), f.platformId(), f.rule(), f.triggerKey(), f.title(), f.message(),
                f.due(), status, f.createdOn());
    }
}
