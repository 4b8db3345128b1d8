package app.rapport.domain;

import static app.rapport.domain.Category.BOTH;
import static app.rapport.domain.Category.PERSONAL;
import static app.rapport.domain.Category.PROFESSIONAL;
import static app.rapport.domain.LinkState.CONNECTED;
import static app.rapport.domain.LinkState.DECLINED_BY_THEM;
import static app.rapport.domain.LinkState.REQUEST_RECEIVED;
import static app.rapport.domain.LinkState.REQUEST_SENT;
import static app.rapport.domain.SortSuggestion.Reason.FAMILY_NAME;
import static app.rapport.domain.SortSuggestion.Reason.ONLY_PERSONAL;
import static app.rapport.domain.SortSuggestion.Reason.ONLY_PROFESSIONAL;
import static app.rapport.domain.SortSuggestion.Reason.ON_BOTH_SIDES;
import static app.rapport.domain.SortSuggestion.Reason.PRIVATE_EMAIL;
import static app.rapport.domain.SortSuggestion.Reason.WORK_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PRODUCT.md's Sort suggestions, first rule that applies: one row per rule and its boundary. */
class SortSuggestionsTest {

    private static final long ANA = 1;
    private static final String MY_NAME = "Sam Okafor";

    /** Two professional contacts at acme.com, so rule 5 has a domain to recognise. */
    private static final List<Contact> COLLEAGUES_AT_ACME = List.of(
            decided(100, PROFESSIONAL, "lee@acme.com"), decided(101, PROFESSIONAL, "kim@ACME.com"));

    record Case(String name, Ana ana, SortSuggestion.Reason reason, Category category, Relationship relationship,
                String because) {

        static Case expect(String name, Ana ana, SortSuggestion.Reason reason, Category category, String because) {
            return new Case(name, ana, reason, category, null, because);
        }

        static Case none(String name, Ana ana) {
            return new Case(name, ana, null, null, null, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> rules() {
        return Stream.of(
                Case.expect("1: connected on Facebook and on LinkedIn",
                        ana().link("facebook", CONNECTED).link("linkedin", CONNECTED), ON_BOTH_SIDES, BOTH,
                        "on Facebook and on LinkedIn"),
                Case.expect("1: a request either way counts as being there",
                        ana().link("instagram", REQUEST_RECEIVED).link("linkedin", REQUEST_SENT), ON_BOTH_SIDES, BOTH,
                        "on Instagram and on LinkedIn"),
                Case.expect("1 comes before the family name",
                        ana().familyName("Okafor").link("facebook", CONNECTED).link("linkedin", CONNECTED),
                        ON_BOTH_SIDES, BOTH, "on Facebook and on LinkedIn"),

                Case.expect("2: only a LinkedIn connection",
                        ana().link("linkedin", CONNECTED), ONLY_PROFESSIONAL, PROFESSIONAL,
                        "a LinkedIn connection, not on your personal platforms"),
                Case.expect("2: a declined Facebook request is not being on Facebook",
                        ana().link("linkedin", CONNECTED).link("facebook", DECLINED_BY_THEM), ONLY_PROFESSIONAL,
                        PROFESSIONAL, "a LinkedIn connection, not on your personal platforms"),
                Case.expect("2 comes before a webmail address",
                        ana().link("linkedin", CONNECTED).emails("ana@gmail.com"), ONLY_PROFESSIONAL, PROFESSIONAL,
                        "a LinkedIn connection, not on your personal platforms"),

                Case.expect("3: only a Facebook friend",
                        ana().link("facebook", CONNECTED), ONLY_PERSONAL, PERSONAL,
                        "a Facebook friend, not on LinkedIn"),
                Case.expect("3 comes before a work email",
                        ana().link("instagram", CONNECTED).emails("ana@acme.com"), ONLY_PERSONAL, PERSONAL,
                        "an Instagram friend, not on LinkedIn"),
                Case.none("3 ignores platforms the user has hidden",
                        ana().link("hidden-personal", CONNECTED)),
                Case.none("X and the business page are neither personal nor professional",
                        ana().link("x", CONNECTED).link("business-page", CONNECTED)),

                new Case("4: shares your family name", ana().familyName("Okafor"), FAMILY_NAME, PERSONAL,
                        Relationship.FAMILY, "shares your family name"),
                new Case("4: the family name matches whatever its case", ana().familyName("OKAFOR"),
                        FAMILY_NAME, PERSONAL, Relationship.FAMILY, "shares your family name"),
                Case.none("4 needs the whole family name: Okafor-Smith is not Okafor",
                        ana().familyName("Okaforsmith-Lee")),

                Case.expect("5: an email at the domain of two professional contacts",
                        ana().emails("ana@acme.com"), WORK_EMAIL, PROFESSIONAL,
                        "an email at acme.com, like 2 of your professional contacts"),
                Case.none("5 boundary: one professional contact at the domain is not enough",
                        ana().emails("ana@solo.io")),
                Case.expect("5: an email matching the organization",
                        ana().organization("Deutsche Bank AG").emails("ana@db-mail.de", "ana@deutsche-bank.de"),
                        WORK_EMAIL, PROFESSIONAL, "an email at deutsche-bank.de, the domain of Deutsche Bank AG"),
                Case.expect("5: the organization's first word is the domain",
                        ana().organization("Globex Corporation").emails("ana@globex.com"), WORK_EMAIL,
                        PROFESSIONAL, "an email at globex.com, the domain of Globex Corporation"),
                Case.expect("5 comes before rule 6: a webmail address and a work one",
                        ana().emails("ana@gmail.com", "ana@acme.com"), WORK_EMAIL, PROFESSIONAL,
                        "an email at acme.com, like 2 of your professional contacts"),

                Case.expect("6: only webmail addresses and no organization",
                        ana().emails("ana@gmail.com", "ana.lima@yahoo.co.uk", "al@web.de", "a@163.com"),
                        PRIVATE_EMAIL, PERSONAL, "a private email address only"),
                Case.none("6 needs no organization",
                        ana().organization("Initech").emails("ana@gmail.com")),
                Case.none("6 needs only webmail: a gmail and an unknown domain",
                        ana().emails("ana@gmail.com", "ana@lima-family.org")),

                Case.none("7: nothing to go on", ana()),
                Case.none("7: an organization alone says nothing", ana().organization("Initech")));
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rules")
    void suggestsByTheFirstRuleThatApplies(Case c) {
        Map<Long, SortSuggestion> suggestions = c.ana().suggest();

        if (c.reason() == null) {
            assertThat(suggestions).doesNotContainKey(ANA);
            return;
        }
        assertThat(suggestions.get(ANA)).isEqualTo(new SortSuggestion(ANA, c.reason(), c.category(),
                c.relationship(), c.because()));
    }

    @Test
    void onlyUndecidedContactsThatAreNotArchivedGetSuggestions() {
        Contact archived = ana().link("facebook", CONNECTED).contact().withArchived(true);
        Contact decided = ana().link("facebook", CONNECTED).contact().withCategory(PROFESSIONAL);

        assertThat(SortSuggestions.suggest(List.of(archived), Map.of(ANA, List.of(facebookFriend())),
                Platform.defaults(), MY_NAME)).isEmpty();
        assertThat(SortSuggestions.suggest(List.of(decided), Map.of(ANA, List.of(facebookFriend())),
                Platform.defaults(), MY_NAME)).isEmpty();
    }

    @Test
    void withoutAFamilyNameInSettingsRule4NeverApplies() {
        Ana single = ana().familyName("Okafor");

        assertThat(SortSuggestions.suggest(List.of(single.contact()), Map.of(), Platform.defaults(), "Sam"))
                .isEmpty();
        assertThat(SortSuggestions.suggest(List.of(single.contact()), Map.of(), Platform.defaults(), "")).isEmpty();
    }

    private static Link facebookFriend() {
        return new Link(ANA, "facebook", CONNECTED, LocalDate.of(2025, 1, 1), "");
    }

    private static Ana ana() {
        return new Ana();
    }

    private static Contact decided(long id, Category category, String email) {
        return Contact.builder().id(id).displayName("Colleague " + id).category(category).emails(List.of(email))
                .build();
    }

    /** Ana, undecided, with only the facts a row gives her; the user is Sam Okafor. */
    static final class Ana {
        private final Contact.Builder builder = Contact.builder().id(ANA).displayName("Ana").givenName("Ana")
                .familyName("Lima");
        private final List<Link> links = new ArrayList<>();

        Ana link(String platformId, LinkState state) {
            links.add(new Link(ANA, platformId, state, LocalDate.of(2025, 1, 1), ""));
            return this;
        }

        Ana familyName(String value) {
            builder.familyName(value);
            return this;
        }

        Ana organization(String value) {
            builder.organization(value);
            return this;
        }

        Ana emails(String... values) {
            builder.emails(Arrays.asList(values));
            return this;
        }

        Contact contact() {
            return builder.build();
        }

        Map<Long, SortSuggestion> suggest() {
            List<Contact> everyone = Stream.concat(Stream.of(contact()), COLLEAGUES_AT_ACME.stream()).toList();
            List<Platform> platforms = Stream.concat(Platform.defaults().stream(), Stream.of(
                    new Platform("hidden-personal", "Old network", Sphere.PERSONAL, 9, true))).toList();
            return SortSuggestions.suggest(everyone, Map.of(ANA, links), platforms, MY_NAME);
        }
    }
}
