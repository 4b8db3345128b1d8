package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One contact's facts for a readiness test, written as "days before today" so the cases read like the rules. */
final class ReadinessScenario {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final long CONTACT_ID = 7;

    private final String platformId;
    private Category category = Category.UNDECIDED;
    private Relationship relationship = Relationship.OTHER;
    private String vouchForThem = "";
    private LocalDate metOn;
    private boolean archived;
    private final List<Link> links = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private Settings settings = Settings.defaults();
    private List<Platform> platforms = Platform.defaults();

    private ReadinessScenario(String platformId) {
        this.platformId = platformId;
    }

    /** A contact called Ana, undecided, never met, evaluated on the platform with this id. */
    static ReadinessScenario on(String platformId) {
        return new ReadinessScenario(platformId);
    }

    ReadinessScenario is(Category newCategory, Relationship newRelationship) {
        category = newCategory;
        relationship = newRelationship;
        return this;
    }

    ReadinessScenario canVouch() {
        vouchForThem = "Sharp analyst; ran the Q3 migration without a hitch.";
        return this;
    }

    ReadinessScenario metDaysAgo(int days) {
        metOn = TODAY.minusDays(days);
        return this;
    }

    ReadinessScenario archived() {
        archived = true;
        return this;
    }

    /** The link on the evaluated platform, changed {@code days} before today. */
    ReadinessScenario link(LinkState state, int days) {
        return link(platformId, state, days);
    }

    ReadinessScenario link(String onPlatformId, LinkState state, int days) {
        links.add(new Link(CONTACT_ID, onPlatformId, state, TODAY.minusDays(days), ""));
        return this;
    }

    /** A link whose day nobody knows: a file named the state with a date that could not be read. */
    ReadinessScenario linkOnUnknownDay(LinkState state) {
        links.add(new Link(CONTACT_ID, platformId, state, null, ""));
        return this;
    }

    /** An interaction {@code days} before today; a negative number is a day still to come. */
    ReadinessScenario interaction(InteractionKind kind, int days) {
        interactions.add(new Interaction(null, CONTACT_ID, TODAY.minusDays(days), kind, ""));
        return this;
    }

    ReadinessScenario settings(Settings newSettings) {
        settings = newSettings;
        return this;
    }

    ReadinessScenario platforms(List<Platform> newPlatforms) {
        platforms = newPlatforms;
        return this;
    }

    Optional<Verdict> evaluate() {
        Contact contact = Contact.builder().id(CONTACT_ID).displayName("Ana Lima").givenName("Ana")
                .familyName("Lima").organization("Acme").role("Analyst").category(category)
                .relationship(relationship).metOn(metOn).addedOn(TODAY.minusDays(400)).vouchForThem(vouchForThem)
                .archived(archived).build();
        Platform platform = platforms.stream().filter(p -> p.id().equals(platformId)).findFirst().orElseThrow();
        return ReadinessEngine.evaluate(contact, links, interactions, settings, platform, platforms, TODAY);
    }
}
