package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;
import app.rapport.domain.Worlds;
import app.rapport.store.TableRows;

class ReadinessServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    ContactService contacts;
    LinkService links;
    InteractionService interactions;
    RulesService rules;
    ReadinessService readiness;

    @BeforeEach
    void open() {
        Clock clock = fixture.clock();
        contacts = new ContactService(fixture.store, clock);
        links = new LinkService(fixture.store, clock);
        interactions = new InteractionService(fixture.store, clock);
        rules = new RulesService(fixture.store, clock);
        readiness = new ReadinessService(fixture.store, clock, new ReadinessRows());
    }

    static Contact person(String name, Category category, Relationship relationship) {
        return Contact.builder().displayName(name).organization("Acme").category(category)
                .relationship(relationship).build();
    }

    static Contact withVouch(Contact c, String vouch) {
        return c.toBuilder().vouchForThem(vouch).build();
    }

    static Map<String, Verdict> byPlatform(ContactReadiness page) {
        return page.platforms().stream()
                .collect(Collectors.toMap(card -> card.platform().id(), PlatformReadiness::verdict));
    }

    /** A matrix row's verdicts, worded, by platform id, as {@link #byPlatform} gives a contact page's. */
    static Map<String, Verdict> verdictsOf(ReadinessRow row, List<Platform> platforms) {
        Map<String, Verdict> verdicts = new HashMap<>();
        platforms.stream().filter(platform -> row.verdict(platform.id()) != null)
                .forEach(platform -> verdicts.put(platform.id(), row.verdict(platform.id())));
        return verdicts;
    }

    static Map<String, VerdictKind> kinds(Map<String, Verdict> verdicts) {
        return verdicts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().kind()));
    }

    /** A colleague who sent a Facebook request yesterday: the awkward case [000][001]. */
    Contact colleagueWithFacebookRequest() {
        Contact priya = contacts.save(person("Priya Raman", Category.PROFESSIONAL, Relationship.COLLEAGUE));
        new LinkService(fixture.store, Clock.fixed(TODAY.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).changeState(priya.id(), "facebook", LinkState.REQUEST_RECEIVED);
        return priya;
    }

    @Test
    void oneCardPerPlatformInTheUsersOrder() {
        Contact priya = colleagueWithFacebookRequest();

        ContactReadiness page = readiness.forContact(priya.id());

        assertThat(page.contact()).isEqualTo(priya);
        assertThat(page.platforms()).extracting(card -> card.platform().id())
                .containsExactly("linkedin", "facebook", "instagram", "x", "business-page");
    }

    @Test
    void aColleagueWhoSentAFacebookRequestIsRedirectedToLinkedInUntilMetAndVouchedFor() {
        Contact priya = colleagueWithFacebookRequest();

        Map<String, Verdict> before = byPlatform(readiness.forContact(priya.id()));
        assertThat(kinds(before)).containsOnly(
                entry("linkedin", VerdictKind.GET_TO_KNOW_FIRST),
                entry("facebook", VerdictKind.REDIRECT),
                entry("instagram", VerdictKind.REDIRECT),
                entry("x", VerdictKind.READY),
                entry("business-page", VerdictKind.READY));
        assertThat(before.get("facebook").redirectTo()).map(Platform::id).contains("linkedin");
        // The request is waiting, so the next step is to answer it, in person, by the end of the reply window.
        assertThat(before.get("facebook").nextStep()).contains("in person or by phone", "By Nov 24, 2026");

        interactions.log(new Interaction(null, priya.id(), TODAY, InteractionKind.COFFEE_OR_MEAL, "Talked about the migration"));
        contacts.save(withVouch(priya, "Led the data migration calmly and on time."));

        Map<String, Verdict> after = byPlatform(readiness.forContact(priya.id()));
        assertThat(after.get("linkedin").kind()).isEqualTo(VerdictKind.READY);
        assertThat(after.get("linkedin").rule()).isEqualTo("3c");
        // Knowing someone professionally never opens the personal platforms while the worlds are separate.
        assertThat(after.get("facebook").kind()).isEqualTo(VerdictKind.REDIRECT);
    }

    @Test
    void coffeeWithoutAVouchIsNotEnoughForLinkedIn() {
        Contact priya = colleagueWithFacebookRequest();
        interactions.log(new Interaction(null, priya.id(), TODAY, InteractionKind.COFFEE_OR_MEAL, ""));

        assertThat(byPlatform(readiness.forContact(priya.id())).get("linkedin").kind())
                .isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);
    }

    @Test
    void theCardCarriesTheLinkAndThePageTheTimelineAndHistory() {
        Contact priya = colleagueWithFacebookRequest();
        links.changeState(priya.id(), "facebook", LinkState.DECLINED_BY_ME);
        Interaction older = interactions.log(new Interaction(null, priya.id(), TODAY.minusDays(9), InteractionKind.EVENT, ""));
        Interaction newer = interactions.log(new Interaction(null, priya.id(), TODAY, InteractionKind.EMAIL, ""));

        ContactReadiness page = readiness.forContact(priya.id());

        PlatformReadiness facebook = page.platforms().get(1);
        assertThat(facebook.link()).contains(new Link(priya.id(), "facebook", LinkState.DECLINED_BY_ME, TODAY, ""));
        assertThat(page.platforms().getFirst().link()).isEmpty();
        assertThat(page.interactions()).containsExactly(newer, older);
        assertThat(page.linkHistory()).extracting(LinkChange::to)
                .containsExactly(LinkState.DECLINED_BY_ME, LinkState.REQUEST_RECEIVED);
    }

    @Test
    void aHiddenPlatformGetsNoCardAndNoColumn() {
        Contact priya = colleagueWithFacebookRequest();
        Platform instagram = rules.platforms().get(2);
        rules.updatePlatform(new Platform(instagram.id(), instagram.name(), instagram.sphere(), instagram.position(),
                true));

        assertThat(readiness.forContact(priya.id()).platforms()).extracting(card -> card.platform().id())
                .containsExactly("linkedin", "facebook", "x", "business-page");
        assertThat(readiness.matrix().platforms()).extracting(Platform::id)
                .containsExactly("linkedin", "facebook", "x", "business-page");
        assertThat(readiness.matrix().rows()).singleElement()
                .satisfies(row -> assertThat(row.kind("instagram")).isNull());
    }

    @Test
    void withLinkedInHiddenTheRedirectGoesToTheBusinessPage() {
        Contact priya = colleagueWithFacebookRequest();
        Platform linkedIn = rules.platforms().getFirst();
        rules.updatePlatform(new Platform(linkedIn.id(), linkedIn.name(), linkedIn.sphere(), linkedIn.position(), true));

        Verdict facebook = byPlatform(readiness.forContact(priya.id())).get("facebook");
        assertThat(facebook.redirectTo()).map(Platform::id).contains("business-page");
    }

    @Test
    void anAddedPlatformGetsACardAtItsPlace() {
        Contact priya = colleagueWithFacebookRequest();
        rules.addPlatform("WhatsApp", Sphere.PERSONAL);
        rules.movePlatform("whatsapp", -1);

        ContactReadiness page = readiness.forContact(priya.id());
        assertThat(page.platforms()).extracting(card -> card.platform().id())
                .containsExactly("linkedin", "facebook", "instagram", "x", "whatsapp", "business-page");
        assertThat(byPlatform(page).get("whatsapp").kind()).isEqualTo(VerdictKind.REDIRECT);
    }

    @Test
    void theStoredSettingsAreTheOnesApplied() {
        Contact priya = colleagueWithFacebookRequest();
        rules.saveSettings(Settings.defaults().withWorlds(Worlds.BLEND));

        // Blended worlds turn the redirect into "spend enough time together first" (rule 4d).
        Verdict facebook = byPlatform(readiness.forContact(priya.id())).get("facebook");
        assertThat(facebook.kind()).isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);
        assertThat(facebook.rule()).isEqualTo("4d");
    }

    @Test
    void anArchivedContactGetsNoVerdictsAndIsAbsentFromTheMatrix() {
        Contact priya = colleagueWithFacebookRequest();
        Contact grace = contacts.save(person("Grace Hopper", Category.PERSONAL, Relationship.FRIEND));
        Contact bob = contacts.save(person("Bob Archived", Category.PROFESSIONAL, Relationship.CLIENT));
        contacts.archive(bob.id());

        ReadinessMatrix matrix = readiness.matrix();

        assertThat(matrix.rows()).extracting(row -> row.contact().id()).containsExactly(priya.id(), grace.id());
        assertThat(readiness.forContact(bob.id()).platforms()).isEmpty();
    }

    @Test
    void theMatrixGivesEachContactTheSameVerdictsAsTheirPage() {
        Contact priya = colleagueWithFacebookRequest();
        Contact grace = contacts.save(person("Grace Hopper", Category.PERSONAL, Relationship.FRIEND));
        links.changeState(grace.id(), "instagram", LinkState.CONNECTED);
        Contact undecided = contacts.save(person("Sam Someone", Category.UNDECIDED, Relationship.OTHER));
        interactions.log(new Interaction(null, priya.id(), TODAY.minusDays(2), InteractionKind.WORKED_TOGETHER, ""));
        contacts.save(withVouch(priya, "Reliable"));

        ReadinessMatrix matrix = readiness.matrix();

        assertThat(matrix.platforms()).containsExactlyElementsOf(rules.platforms());
        Map<Long, ReadinessRow> rows = matrix.rows().stream()
                .collect(Collectors.toMap(row -> row.contact().id(), Function.identity()));
        for (Contact c : List.of(priya, grace, undecided)) {
            assertThat(verdictsOf(rows.get(c.id()), matrix.platforms())).as(c.displayName())
                    .isEqualTo(byPlatform(readiness.forContact(c.id())));
        }
        // Spot checks, so that two equally wrong answers cannot agree.
        assertThat(rows.get(priya.id()).kind("linkedin")).isEqualTo(VerdictKind.READY);
        assertThat(rows.get(grace.id()).kind("instagram")).isEqualTo(VerdictKind.CONNECTED);
        assertThat(rows.get(grace.id()).kind("facebook")).isEqualTo(VerdictKind.READY);
        assertThat(rows.get(undecided.id()).kind("facebook")).isEqualTo(VerdictKind.DECIDE_CATEGORY);
    }

    @Test
    void whileTheTablesRowsAreThoseLeftAtCloseTheMatrixIsInTheirOrderNamedAndAfterAWriteInNone() {
        Contact zoe = contacts.save(person("Zoë Zed", Category.PERSONAL, Relationship.FRIEND));
        Contact ada = contacts.save(person("Ada Lovelace", Category.PROFESSIONAL, Relationship.COLLEAGUE));
        Contact archived = contacts.save(person("Bea Archived", Category.PERSONAL, Relationship.FRIEND));
        contacts.archive(archived.id());
        contacts.summaries();
        // An order the rows are not in by name: the matrix follows the order named, whatever it is.
        List<ContactSummary> left = contacts.summariesForNextStart().orElseThrow().summaries().stream()
                .sorted(Comparator.comparing(ContactSummary::id).reversed()).toList();
        fixture.reopenLeaving(new TableRows(left, "the order left"));
        open();

        ReadinessMatrix matrix = readiness.matrix();

        assertThat(matrix.order()).isEqualTo("the order left");
        assertThat(matrix.rows()).extracting(row -> row.contact().id()).containsExactly(ada.id(), zoe.id());

        contacts.save(zoe.toBuilder().displayName("Zoë Renamed").build());

        assertThat(readiness.matrix().order()).as("rows read again are in no known order").isNull();
    }

    @Test
    void rowsLeftUnderOtherNamesGiveTheMatrixNoOrder() {
        Contact ada = contacts.save(person("Ada Lovelace", Category.PROFESSIONAL, Relationship.COLLEAGUE));
        ContactSummary renamed = contacts.summaries().getFirst();
        TableRows left = new TableRows(List.of(new ContactSummary(ada.id(), "Someone Else", renamed.organization(),
                renamed.role(), renamed.category(), renamed.relationship(), renamed.tags(), renamed.notes(),
                renamed.lastInteraction(), renamed.keepInTouchWeeks(), renamed.metOn(), renamed.addedOn(),
                renamed.archived(), renamed.emails(), renamed.phones())), "the order left");
        ReadinessMatrix matrix = readiness.matrix();

        assertThat(matrix.inOrderOf(left)).isSameAs(matrix);
        assertThat(matrix.inOrderOf(new TableRows(contacts.summaries(), null))).isSameAs(matrix);
    }

    @Test
    void aTableWithoutSomeoneGivesTheMatrixNoOrder() {
        contacts.save(person("Ada Lovelace", Category.PROFESSIONAL, Relationship.COLLEAGUE));
        contacts.save(person("Zoë Zed", Category.PERSONAL, Relationship.FRIEND));
        List<ContactSummary> both = contacts.summaries();
        ReadinessMatrix matrix = readiness.matrix();

        assertThat(matrix.inOrderOf(new TableRows(both.subList(0, 1), "the order left"))).isSameAs(matrix);
        assertThat(matrix.inOrderOf(new TableRows(List.of(both.get(0), both.get(0), both.get(1)), "the order left")))
                .as("someone twice").isSameAs(matrix);
        assertThat(matrix.inOrderOf(new TableRows(both.reversed(), "the order left")).rows())
                .extracting(row -> row.contact().id()).containsExactly(both.get(1).id(), both.get(0).id());
    }

    @Test
    void anUnknownContactIsReportedAsMissing() {
        assertThatThrownBy(() -> readiness.forContact(4711)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("4711");
    }
}
