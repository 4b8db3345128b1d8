package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;

class CollisionServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    ContactService contacts;
    LinkService links;
    RulesService rules;
    CollisionService collisions;

    @BeforeEach
    void open() {
        Clock clock = fixture.clock();
        contacts = new ContactService(fixture.store, clock);
        links = new LinkService(fixture.store, clock);
        rules = new RulesService(fixture.store, clock);
        collisions = new CollisionService(fixture.store, clock);
    }

    Contact person(String name, Category category, Relationship relationship) {
        return contacts.save(Contact.builder().displayName(name).category(category).relationship(relationship)
                .build());
    }

    Contact connectedOn(Contact contact, String... platformIds) {
        for (String platformId : platformIds) {
            links.changeState(contact.id(), platformId, LinkState.CONNECTED);
        }
        return contact;
    }

    static List<String> names(CollisionReport.Section section) {
        return section.rows().stream().map(row -> row.contact().displayName()).toList();
    }

    Platform platform(String id) {
        return rules.platforms().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    List<FollowUp> followUps(Contact contact) {
        return fixture.store.transact(tx -> tx.followUps().ofContact(contact.id()));
    }

    @Test
    void onlyProfessionalContactsConnectedOnPersonalPlatformsAreListedManagersThenClientsFirst() {
        // Names are chosen so that alphabetical order alone would put them the other way round (manager last).
        connectedOn(person("Aaron Colleague", Category.PROFESSIONAL, Relationship.COLLEAGUE), "facebook");
        connectedOn(person("Yara Client", Category.PROFESSIONAL, Relationship.CLIENT), "facebook", "instagram");
        connectedOn(person("Zed Manager", Category.PROFESSIONAL, Relationship.MANAGER), "facebook");
        connectedOn(person("Bea Recruiter", Category.PROFESSIONAL, Relationship.RECRUITER), "facebook");
        // None of these is a collision: a friend, a contact who is both, a professional one on LinkedIn and on X,
        // and a professional one whose Facebook request is still only a request.
        connectedOn(person("Fran Friend", Category.PERSONAL, Relationship.FRIEND), "facebook", "instagram");
        connectedOn(person("Bo Both", Category.BOTH, Relationship.COLLEAGUE), "facebook");
        connectedOn(person("Lee Linkedin", Category.PROFESSIONAL, Relationship.MANAGER), "linkedin", "x");
        Contact pending = person("Pat Pending", Category.PROFESSIONAL, Relationship.CLIENT);
        links.changeState(pending.id(), "facebook", LinkState.REQUEST_RECEIVED);

        CollisionReport report = collisions.report();

        assertThat(report.worlds()).isEqualTo(Worlds.SEPARATE);
        assertThat(report.sections()).extracting(section -> section.platform().id())
                .containsExactly("facebook", "instagram");
        assertThat(names(report.sections().get(0)))
                .containsExactly("Zed Manager", "Yara Client", "Aaron Colleague", "Bea Recruiter");
        assertThat(names(report.sections().get(1))).containsExactly("Yara Client");
        assertThat(report.count()).isEqualTo(5);
        assertThat(report.sections().get(1).rows().getFirst().link().platformId()).isEqualTo("instagram");
        assertThat(report.sections().get(1).rows().getFirst().link().state()).isEqualTo(LinkState.CONNECTED);
    }

    @Test
    void anArchivedContactIsNotACollision() {
        Contact gone = connectedOn(person("Old Boss", Category.PROFESSIONAL, Relationship.MANAGER), "facebook");
        contacts.archive(gone.id());

        assertThat(collisions.report().count()).isZero();
    }

    @Test
    void nothingIsListedWhenTheWorldsAreBlended() {
        connectedOn(person("Yann Manager", Category.PROFESSIONAL, Relationship.MANAGER), "facebook", "instagram");
        assertThat(collisions.report().count()).isEqualTo(2);

        rules.saveSettings(Settings.defaults().withWorlds(Worlds.BLEND));

        CollisionReport report = collisions.report();
        assertThat(report.worlds()).isEqualTo(Worlds.BLEND);
        assertThat(report.count()).isZero();
    }

    @Test
    void aPlatformTheUserMakesPersonalJoinsTheReport() {
        connectedOn(person("Zoe Client", Category.PROFESSIONAL, Relationship.CLIENT), "x");
        assertThat(collisions.report().count()).isZero();

        Platform x = platform("x");
        rules.updatePlatform(new Platform(x.id(), x.name(), Sphere.PERSONAL, x.position(), false));

        assertThat(collisions.report().sections()).extracting(section -> section.platform().id())
                .containsExactly("facebook", "instagram", "x");
        assertThat(collisions.report().count()).isEqualTo(1);
    }

    @Test
    void planReviewQueuesOneFollowUpDueTodayAndMarksTheRow() {
        Contact yann = connectedOn(person("Yann Manager", Category.PROFESSIONAL, Relationship.MANAGER), "facebook");
        assertThat(collisions.report().sections().getFirst().rows().getFirst().reviewPlanned()).isFalse();

        collisions.planReview(yann, platform("facebook"));

        assertThat(followUps(yann)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(FollowUp.COLLISION);
            assertThat(f.platformId()).isEqualTo("facebook");
            assertThat(f.due()).isEqualTo(TODAY);
            assertThat(f.createdOn()).isEqualTo(TODAY);
            assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(f.title()).contains("Yann Manager", "Facebook");
            assertThat(f.message()).contains("a manager", "privacy settings");
        });
        assertThat(collisions.report().sections().getFirst().rows().getFirst().reviewPlanned()).isTrue();
    }

    @Test
    void planReviewIsIdempotentWhileTheFollowUpIsOpen() {
        Contact zoe = connectedOn(person("Zoe Client", Category.PROFESSIONAL, Relationship.CLIENT), "facebook",
                "instagram");

        collisions.planReview(zoe, platform("facebook"));
        collisions.planReview(zoe, platform("facebook"));
        assertThat(followUps(zoe)).hasSize(1);

        // A review on another platform is a different follow-up.
        collisions.planReview(zoe, platform("instagram"));
        assertThat(followUps(zoe)).extracting(FollowUp::platformId).containsExactlyInAnyOrder("facebook", "instagram");
    }

    @Test
    void aReviewDoneBeforeDoesNotBlockANewOne() {
        Contact zoe = connectedOn(person("Zoe Client", Category.PROFESSIONAL, Relationship.CLIENT), "facebook");
        fixture.store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, zoe.id(), "facebook", FollowUp.COLLISION,
                CollisionService.triggerKey(zoe.id(), "facebook"), "Review", "", TODAY.minusDays(60),
                FollowUpStatus.DONE, TODAY.minusDays(60))));
        assertThat(collisions.report().sections().getFirst().rows().getFirst().reviewPlanned()).isFalse();

        collisions.planReview(zoe, platform("facebook"));

        assertThat(followUps(zoe)).extracting(FollowUp::status)
                .containsExactlyInAnyOrder(FollowUpStatus.DONE, FollowUpStatus.OPEN);
    }
}
