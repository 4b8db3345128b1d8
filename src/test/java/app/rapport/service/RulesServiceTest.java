package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FieldError;
import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;

class RulesServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    RulesService rules;

    @BeforeEach
    void open() {
        rules = new RulesService(fixture.store, CLOCK);
    }

    /** Closes and reopens the store, so a round trip goes through the database file, not a cache. */
    void reopen() {
        fixture.reopen();
        rules = new RulesService(fixture.store, CLOCK);
    }

    List<String> platformIds() {
        return rules.platforms().stream().map(Platform::id).toList();
    }

    static void assertRefused(Runnable action, String field, String messagePart) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly(field))
                .hasMessageContaining(messagePart);
    }

    // --- a fresh store ---

    @Test
    void aFreshStoreHasTheFiveDefaultPlatformsInOrder() {
        // The migration and Platform.defaults() are two copies of PRODUCT.md's list; they must agree.
        assertThat(rules.platforms()).containsExactlyElementsOf(Platform.defaults());
        assertThat(rules.platforms()).extracting(Platform::name, Platform::sphere).containsExactly(
                tuple("LinkedIn", Sphere.PROFESSIONAL),
                tuple("Facebook", Sphere.PERSONAL),
                tuple("Instagram", Sphere.PERSONAL),
                tuple("X/Twitter", Sphere.PUBLIC),
                tuple("Business page", Sphere.BRAND));
    }

    @Test
    void aFreshStoreHasTheFourTemplatesInOrder() {
        assertThat(rules.templates()).extracting(MessageTemplate::id).containsExactly(
                MessageTemplate.CONNECTION_NOTE, MessageTemplate.COFFEE_INVITATION, MessageTemplate.REDIRECT_REPLY,
                MessageTemplate.POLITE_DECLINE);
    }

    @Test
    void everySeededTemplateUsesOnlyKnownPlaceholders() {
        // An unknown placeholder is left as typed, so a typo in the seed would reach the user's clipboard.
        Contact ada = Contact.builder().id(1L).displayName("Ada Lovelace").givenName("Ada").familyName("Lovelace")
                .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE).howWeMet("the London meetup")
                .addedOn(LocalDate.of(2026, 1, 1)).build();
        Platform linkedIn = rules.platforms().getFirst();
        for (MessageTemplate template : rules.templates()) {
            String filled = template.fill(ada, linkedIn, "Sam");
            assertThat(filled).as(template.id()).doesNotContainPattern("\\{\\w+}").contains("Ada");
            assertThat(template.body()).as(template.id()).contains("{firstName}", "{myName}");
        }
    }

    // --- rule settings ---

    @Test
    void settingsNeverSavedAreTheDefaults() {
        assertThat(rules.settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void everyRuleSettingSurvivesReopening() {
        // Every field differs from its default, so a field that is not saved or read back shows up.
        Settings changed = new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 14, 3, 5, 45);
        rules.saveSettings(changed);
        reopen();

        assertThat(rules.settings()).isEqualTo(changed);
    }

    @Test
    void savingAgainReplacesTheEarlierSettings() {
        rules.saveSettings(new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 14, 3, 5, 45));
        rules.saveSettings(Settings.defaults().withJobSeeking(true));

        assertThat(rules.settings()).isEqualTo(Settings.defaults().withJobSeeking(true));
    }

    @Test
    void aMissingOrUnreadableSettingFallsBackToItsDefaultAlone() {
        // An older or hand-edited store may hold only some keys, or a value this version does not know.
        PreferenceService preferences = new PreferenceService(fixture.store);
        preferences.put("rules.worlds", "BLEND");
        preferences.put("rules.linkedInStyle", "SOMETHING_NEW");
        preferences.put("rules.getToKnowDays", "two weeks");
        preferences.put("rules.noAnswerDays", "10");
        preferences.put("rules.replyWindowDays", "-5");

        assertThat(rules.settings()).isEqualTo(new Settings(Worlds.BLEND, LinkedInStyle.SELECTIVE, false, 21, 2, 2,
                10));
    }

    @Test
    void aTooLongNameIsRefusedAndTheOldOneKept() {
        rules.saveMyName("Sam Carter");
        assertThatThrownBy(() -> rules.saveMyName("x".repeat(RulesService.MY_NAME_MAX + 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 100 characters");
        assertThat(rules.myName()).isEqualTo("Sam Carter");
    }

    @Test
    void myNameIsEmptyUntilSavedThenStrippedAndKept() {
        assertThat(rules.myName()).isEmpty();
        rules.saveMyName("  Sam Carter ");
        reopen();
        assertThat(rules.myName()).isEqualTo("Sam Carter");
        rules.saveMyName(null);
        assertThat(rules.myName()).isEmpty();
    }

    // --- platforms ---

    @Test
    void anAddedPlatformGoesLastWithAnIdMadeFromItsName() {
        Platform mastodon = rules.addPlatform("  Mastodon ", Sphere.PUBLIC);

        assertThat(mastodon).isEqualTo(new Platform("mastodon", "Mastodon", Sphere.PUBLIC, 5, false));
        reopen();
        assertThat(rules.platforms()).last().isEqualTo(mastodon);
    }

    @Test
    void theSameNameTwiceIsRefusedWhateverItsCase() {
        rules.addPlatform("Mastodon", Sphere.PUBLIC);

        assertRefused(() -> rules.addPlatform("Mastodon", Sphere.PUBLIC), "name", "already a platform called");
        assertRefused(() -> rules.addPlatform("MASTODON", Sphere.PERSONAL), "name", "already a platform called");
        assertThat(platformIds()).containsOnlyOnce("mastodon").hasSize(6);
    }

    @Test
    void aNameWithSpacesAndPunctuationGetsACleanId() {
        Platform twitter2 = rules.addPlatform("X / Twitter 2", Sphere.PUBLIC);

        assertThat(twitter2.id()).isEqualTo("x-twitter-2");
        assertThat(twitter2.name()).isEqualTo("X / Twitter 2");
    }

    @Test
    void anIdAlreadyTakenGetsANumber() {
        // "X" is a new name, but the seeded X/Twitter already has the id "x".
        assertThat(rules.addPlatform("X", Sphere.PUBLIC).id()).isEqualTo("x-2");

        // After a rename the old name is free again, but the id still belongs to the renamed platform.
        Platform bluesky = rules.addPlatform("Bluesky", Sphere.PUBLIC);
        rules.updatePlatform(new Platform(bluesky.id(), "Bsky", bluesky.sphere(), bluesky.position(), false));
        assertThat(rules.addPlatform("Bluesky", Sphere.PUBLIC).id()).isEqualTo("bluesky-2");
    }

    @Test
    void aNameWithoutLatinLettersOrDigitsStillGetsAUniqueId() {
        Platform vk = rules.addPlatform("ВКонтакте", Sphere.PERSONAL);
        Platform weibo = rules.addPlatform("微博", Sphere.PUBLIC);

        assertThat(vk.id()).isEqualTo("platform");
        assertThat(weibo.id()).isEqualTo("platform-2");
        assertThat(rules.platforms()).extracting(Platform::name).endsWith("ВКонтакте", "微博");
    }

    @Test
    void theLongestAllowedNameIsAccepted() {
        // The name may be longer than the id column, so the id made from it must be cut to fit.
        String longest = "Regional professional association of independent bookbinders";
        assertThat(longest).hasSize(RulesService.PLATFORM_NAME_MAX);
        Platform first = rules.addPlatform(longest, Sphere.PROFESSIONAL);
        Platform second = rules.addPlatform(longest.substring(0, 59) + "!", Sphere.PROFESSIONAL);

        assertThat(rules.platforms()).contains(first, second);
        assertThat(first.id()).isNotEqualTo(second.id());
        // Both names make the same id once cut, so the second needs its number; a dangling "-" is not clean.
        for (Platform p : List.of(first, second)) {
            assertThat(p.id()).startsWith("regional-professional-association")
                    .hasSizeLessThanOrEqualTo(RulesService.PLATFORM_ID_MAX).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        assertThat(second.id()).endsWith("-2");
    }

    @Test
    void aBlankOrTooLongNameIsRefused() {
        assertRefused(() -> rules.addPlatform("   ", Sphere.PUBLIC), "name", "needs a name");
        assertRefused(() -> rules.addPlatform(null, Sphere.PUBLIC), "name", "needs a name");
        assertRefused(() -> rules.addPlatform("m".repeat(RulesService.PLATFORM_NAME_MAX + 1), Sphere.PUBLIC),
                "name", "at most " + RulesService.PLATFORM_NAME_MAX);
        assertThat(rules.platforms()).hasSize(5);
    }

    @Test
    void renameSphereAndHideAreKept() {
        Platform instagram = rules.platforms().get(2);
        rules.updatePlatform(new Platform(instagram.id(), " Insta ", Sphere.PUBLIC, instagram.position(), true));
        reopen();

        assertThat(rules.platforms().get(2)).isEqualTo(new Platform("instagram", "Insta", Sphere.PUBLIC, 2, true));
    }

    @Test
    void renamingToAnotherPlatformsNameIsRefused() {
        Platform instagram = rules.platforms().get(2);

        assertRefused(() -> rules.updatePlatform(new Platform(instagram.id(), "facebook", instagram.sphere(),
                instagram.position(), false)), "name", "already a platform called facebook");
        assertThat(rules.platforms().get(2)).isEqualTo(instagram);
    }

    @Test
    void aPlatformMayChangeTheCaseOfItsOwnName() {
        Platform linkedIn = rules.platforms().getFirst();
        rules.updatePlatform(new Platform(linkedIn.id(), "LINKEDIN", linkedIn.sphere(), linkedIn.position(), false));

        assertThat(rules.platforms().getFirst().name()).isEqualTo("LINKEDIN");
    }

    @Test
    void moveUpAndDownSwapNeighboursAndRenumberPositions() {
        rules.movePlatform("x", -1);
        assertThat(platformIds()).containsExactly("linkedin", "facebook", "x", "instagram", "business-page");

        rules.movePlatform("linkedin", +1);
        assertThat(platformIds()).containsExactly("facebook", "linkedin", "x", "instagram", "business-page");

        reopen();
        assertThat(rules.platforms()).extracting(Platform::position).containsExactly(0, 1, 2, 3, 4);
        assertThat(platformIds()).containsExactly("facebook", "linkedin", "x", "instagram", "business-page");
    }

    @Test
    void movingPastEitherEndOrAnUnknownPlatformChangesNothing() {
        rules.movePlatform("linkedin", -1);
        rules.movePlatform("business-page", +1);
        rules.movePlatform("myspace", +1);

        assertThat(rules.platforms()).containsExactlyElementsOf(Platform.defaults());
    }

    @Test
    void anAddedPlatformCanBeMovedToTheTop() {
        rules.addPlatform("WhatsApp", Sphere.PERSONAL);
        for (int i = 0; i < 5; i++) {
            rules.movePlatform("whatsapp", -1);
        }

        assertThat(platformIds()).containsExactly("whatsapp", "linkedin", "facebook", "instagram", "x",
                "business-page");
    }

    // --- templates ---

    @Test
    void anEditedTemplateIsKeptStripped() {
        rules.saveTemplate(MessageTemplate.POLITE_DECLINE, "  Hi {firstName}, thanks but no. {myName}\n");
        reopen();

        assertThat(rules.templates()).filteredOn(t -> t.id().equals(MessageTemplate.POLITE_DECLINE))
                .singleElement().extracting(MessageTemplate::body).isEqualTo("Hi {firstName}, thanks but no. {myName}");
        assertThat(rules.templates()).hasSize(4);
    }

    @Test
    void anEmptyOrTooLongTemplateIsRefusedAndTheOldOneKept() {
        String before = rules.templates().getFirst().body();

        assertRefused(() -> rules.saveTemplate(MessageTemplate.CONNECTION_NOTE, " \n "), "body", "cannot be empty");
        assertRefused(() -> rules.saveTemplate(MessageTemplate.CONNECTION_NOTE,
                "t".repeat(RulesService.TEMPLATE_MAX + 1)), "body", "4,000");
        assertThat(rules.templates().getFirst().body()).isEqualTo(before);

        String longest = "t".repeat(RulesService.TEMPLATE_MAX);
        rules.saveTemplate(MessageTemplate.CONNECTION_NOTE, longest);
        assertThat(rules.templates().getFirst().body()).isEqualTo(longest);
    }
}
