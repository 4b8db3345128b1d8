package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;
import app.rapport.domain.VerdictKind;

class HomeServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    HomeService home;

    Contact ada;
    Contact grace;
    Contact sam;
    Contact lena;
    Contact alan;
    Contact kim;
    Contact olga;

    @BeforeEach
    void open() {
        home = fixture.services.home();
    }

    @Test
    void anEmptyStoreHasNothingDueAndOnlyZeros() {
        HomeSummary summary = home.summary();

        assertThat(summary.today()).isEqualTo(TODAY);
        assertThat(summary.overdue()).isEmpty();
        assertThat(summary.dueToday()).isEmpty();
        assertThat(summary.pendingRequests()).isEmpty();
        assertThat(summary.noContacts()).isTrue();
        assertThat(summary.contactsByCategory()).containsOnlyKeys(Category.values()).allSatisfy((c, n) ->
                assertThat(n).isZero());
        assertThat(summary.verdictsByPlatform().keySet()).extracting(Platform::id)
                .containsExactly("linkedin", "facebook", "instagram", "x", "business-page");
        assertThat(summary.verdictsByPlatform().values()).allSatisfy(counts ->
                assertThat(counts).containsOnlyKeys(VerdictKind.values()).allSatisfy((k, n) -> assertThat(n).isZero()));
        assertThat(summary.interactionsByMonth()).hasSize(12).allSatisfy((m, n) -> assertThat(n).isZero());
    }

    @Test
    void theSortFollowUpThatManyShareIsDueThoughItBelongsToNoContact() {
        for (int i = 1; i <= 6; i++) {
            fixture.services.contacts().save(Contact.builder().displayName("Phone contact " + i)
                    .addedOn(TODAY.minusDays(8)).build());
        }

        assertThat(home.summary().overdue()).singleElement().satisfies(sort -> {
            assertThat(sort.sharedSort()).isTrue();
            assertThat(sort.contactId()).isNull();
            assertThat(sort.contactName()).isNull();
            assertThat(sort.title()).isEqualTo("Sort 6 people: barbecue or business lunch?");
            assertThat(sort.due()).as("a day after their week to decide").isEqualTo(TODAY.minusDays(1));
        });
        assertThat(home.summary().dueToday()).isEmpty();
    }

    @Test
    void splitsOpenFollowUpsDueByTodayIntoOverdueAndToday() {
        seed();

        HomeSummary summary = home.summary();

        assertThat(summary.overdue()).extracting(DueFollowUp::contactName, DueFollowUp::platformName,
                        DueFollowUp::title, DueFollowUp::due)
                .containsExactly(
                        tuple("Ada Lovelace", "LinkedIn", "Send Ada the slides",
                                LocalDate.of(2026, 11, 10)),
                        tuple("Grace Hopper", "Facebook", "Review Grace's connection",
                                LocalDate.of(2026, 11, 22)));
        assertThat(summary.overdue()).extracting(DueFollowUp::contactId).containsExactly(ada.id(), grace.id());
        assertThat(summary.overdue()).extracting(DueFollowUp::rule)
                .containsExactly(FollowUp.MANUAL, FollowUp.COLLISION);
        assertThat(summary.dueToday()).singleElement().satisfies(item -> {
            assertThat(item.contactId()).isEqualTo(sam.id());
            assertThat(item.contactName()).isEqualTo("Sam Okafor");
            assertThat(item.platformName()).as("about Sam, not a platform").isNull();
            assertThat(item.title()).isEqualTo("Call Sam");
            assertThat(item.due()).isEqualTo(TODAY);
        });
    }

    @Test
    void countsPendingRequestsPerVisiblePlatformOfActiveContacts() {
        seed();

        Map<String, List<Long>> pending = home.summary().pendingRequests().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue));

        assertThat(home.summary().pendingRequests().keySet()).extracting(Platform::id)
                .as("in the user's platform order; the hidden one and those without requests left out")
                .containsExactly("linkedin", "facebook");
        assertThat(pending.get("linkedin")).as("Olga is archived").containsExactly(ada.id(), grace.id());
        assertThat(pending.get("facebook")).containsExactly(grace.id());
    }

    @Test
    void countsActiveContactsByCategory() {
        seed();

        assertThat(home.summary().contactsByCategory()).containsExactly(
                entry(Category.PERSONAL, 2), entry(Category.PROFESSIONAL, 2), entry(Category.BOTH, 1),
                entry(Category.UNDECIDED, 1));
    }

    @Test
    void countsVerdictsPerVisiblePlatformAsTheReadinessPageShowsThem() {
        seed();

        Map<String, Map<VerdictKind, Integer>> verdicts = home.summary().verdictsByPlatform().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue));

        assertThat(home.summary().verdictsByPlatform().keySet()).extracting(Platform::id)
                .containsExactly("linkedin", "facebook", "instagram", "x", "business-page");
        assertThat(nonZero(verdicts.get("linkedin"))).containsOnly(
                entry(VerdictKind.CONNECTED, 1), entry(VerdictKind.GET_TO_KNOW_FIRST, 5));
        assertThat(nonZero(verdicts.get("facebook"))).containsOnly(
                entry(VerdictKind.CONNECTED, 1), entry(VerdictKind.READY, 1), entry(VerdictKind.KEEP_APART, 2),
                entry(VerdictKind.GET_TO_KNOW_FIRST, 1), entry(VerdictKind.DECIDE_CATEGORY, 1));
        assertThat(nonZero(verdicts.get("x"))).containsOnly(entry(VerdictKind.READY, 6));
        ReadinessMatrix matrix = fixture.services.readiness().matrix();
        for (Platform platform : matrix.platforms()) {
            Map<VerdictKind, Integer> fromMatrix = matrix.rows().stream()
                    .map(row -> row.kind(platform.id()))
                    .collect(Collectors.toMap(kind -> kind, kind -> 1, Integer::sum));
            assertThat(nonZero(verdicts.get(platform.id()))).as(platform.name()).isEqualTo(fromMatrix);
        }
    }

    @Test
    void theTwelveMonthsStartOnTheFirstDayOfTheFirst() {
        Contact bea = add("Bea Planned", Category.PERSONAL, Relationship.FRIEND);
        log(bea, LocalDate.of(2025, 11, 30));
        log(bea, LocalDate.of(2025, 12, 1));
        log(bea, LocalDate.of(2025, 12, 31));
        log(bea, LocalDate.of(2026, 1, 1));
        log(bea, TODAY);

        Map<YearMonth, Integer> months = home.summary().interactionsByMonth();

        assertThat(months).containsEntry(YearMonth.of(2025, 12), 2).containsEntry(YearMonth.of(2026, 1), 1)
                .containsEntry(YearMonth.of(2026, 11), 1);
        assertThat(months.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    }

    @Test
    void countsInteractionsInTheTwelveMonthsEndingThisMonth() {
        seed();

        Map<YearMonth, Integer> months = home.summary().interactionsByMonth();

        assertThat(months.keySet()).hasSize(12).first().isEqualTo(YearMonth.of(2025, 12));
        assertThat(months.keySet()).last().isEqualTo(YearMonth.of(2026, 11));
        assertThat(months).as("30 Nov 2025 is a month too early; Olga's is archived").containsExactly(
                entry(YearMonth.of(2025, 12), 1), entry(YearMonth.of(2026, 1), 0), entry(YearMonth.of(2026, 2), 0),
                entry(YearMonth.of(2026, 3), 0), entry(YearMonth.of(2026, 4), 0), entry(YearMonth.of(2026, 5), 0),
                entry(YearMonth.of(2026, 6), 2), entry(YearMonth.of(2026, 7), 0), entry(YearMonth.of(2026, 8), 0),
                entry(YearMonth.of(2026, 9), 0), entry(YearMonth.of(2026, 10), 0), entry(YearMonth.of(2026, 11), 2));
    }

    /**
     * Six active contacts and an archived one, built through the services so the follow-up rules run as they do
     * in the app. Nobody has a cadence, a birthday or a vouch answer, and every request is answered "get to know
     * them first" or "keep apart", so the rules' own follow-ups fall due after today and the due lists hold only
     * the follow-ups inserted here.
     */
    private void seed() {
        ada = add("Ada Lovelace", Category.PROFESSIONAL, Relationship.CLIENT);
        grace = add("Grace Hopper", Category.PROFESSIONAL, Relationship.MANAGER);
        sam = add("Sam Okafor", Category.PERSONAL, Relationship.FRIEND);
        lena = add("Lena M\u00fcller", Category.PERSONAL, Relationship.FAMILY);
        alan = add("Alan Turing", Category.BOTH, Relationship.COLLEAGUE);
        kim = add("Kim Park", Category.UNDECIDED, Relationship.ACQUAINTANCE);
        olga = add("Olga Ivanova", Category.PROFESSIONAL, Relationship.COLLEAGUE);

        fixture.services.links().changeState(grace.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        fixture.services.links().changeState(ada.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        fixture.services.links().changeState(grace.id(), "facebook", LinkState.REQUEST_RECEIVED);
        fixture.services.links().changeState(olga.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        fixture.services.links().changeState(alan.id(), "linkedin", LinkState.CONNECTED);
        fixture.services.links().changeState(sam.id(), "facebook", LinkState.CONNECTED);
        Platform mastodon = fixture.services.rules().addPlatform("Mastodon", Sphere.PROFESSIONAL);
        fixture.services.links().changeState(lena.id(), mastodon.id(), LinkState.REQUEST_RECEIVED);
        fixture.services.rules().updatePlatform(new Platform(mastodon.id(), mastodon.name(), mastodon.sphere(),
                mastodon.position(), true));

        log(lena, LocalDate.of(2025, 11, 30));
        log(lena, LocalDate.of(2025, 12, 1));
        log(lena, LocalDate.of(2026, 6, 1));
        log(lena, LocalDate.of(2026, 6, 30));
        log(lena, TODAY);
        log(sam, LocalDate.of(2026, 11, 1));
        log(olga, LocalDate.of(2026, 11, 10));

        followUp(ada, "linkedin", FollowUp.MANUAL, "Send Ada the slides", LocalDate.of(2026, 11, 10),
                FollowUpStatus.OPEN);
        followUp(grace, "facebook", FollowUp.COLLISION, "Review Grace's connection", LocalDate.of(2026, 11, 22),
                FollowUpStatus.OPEN);
        followUp(sam, null, FollowUp.MANUAL, "Call Sam", TODAY, FollowUpStatus.OPEN);
        followUp(lena, null, FollowUp.MANUAL, "Tomorrow is not due yet", TODAY.plusDays(1), FollowUpStatus.OPEN);
        followUp(kim, null, FollowUp.MANUAL, "Already done", LocalDate.of(2026, 11, 20), FollowUpStatus.DONE);
        followUp(olga, "linkedin", FollowUp.MANUAL, "Archived people are not due", LocalDate.of(2026, 11, 1),
                FollowUpStatus.OPEN);
        fixture.services.contacts().archive(olga.id());
    }

    private Contact add(String name, Category category, Relationship relationship) {
        return fixture.services.contacts().save(Contact.builder().displayName(name).category(category)
                .relationship(relationship).build());
    }

    private void log(Contact contact, LocalDate on) {
        fixture.services.interactions().log(new Interaction(null, contact.id(), on, InteractionKind.MESSAGE, ""));
    }

    private void followUp(Contact contact, String platformId, String rule, String title, LocalDate due,
                          FollowUpStatus status) {
        fixture.store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, contact.id(), platformId, rule,
                rule + ":" + title, title, "", due, status, TODAY)));
    }

    private static Map<VerdictKind, Integer> nonZero(Map<VerdictKind, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
