package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;

import atlantafx.base.controls.Message;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

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
import app.rapport.service.CollisionService;
import app.rapport.service.LinkService;
import app.rapport.service.RulesService;
import app.rapport.ui.collisions.CollisionRow;
import app.rapport.ui.collisions.CollisionSection;
import app.rapport.ui.collisions.CollisionsView;
import app.rapport.ui.collisions.CollisionsViewModel;

/** The collisions page on a real store: who among the professional contacts can see your personal posts. */
@ExtendWith(ApplicationExtension.class)
class CollisionsPageTest {

    // The page shows dates in the user's locale, whatever the machine running the tests uses.
    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    @RegisterExtension
    final RapportFixture app = RapportFixture.storeOnly();
    RulesService rules;
    CollisionService collisions;
    CollisionsViewModel model;
    final RecordingNavigator navigator = new RecordingNavigator();

    Contact grace;
    Contact ada;
    Contact charles;
    Contact sam;
    Contact margaret;

    @BeforeEach
    void show() throws TimeoutException {
        rules = app.services.rules();
        collisions = new CollisionService(app.store, clockAt(RapportFixture.TODAY));
        model = new CollisionsViewModel(collisions, TaskRunner.sameThread(), new ChangeSignal(app.services.changes()));
        app.showAlone(() -> new CollisionsView(model, navigator), 960, 640);
    }

    @Test
    void listsTheProfessionalsConnectedOnFacebookManagersAndClientsFirst(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);

        assertThat(rowNames(robot, "facebook")).containsExactly("Grace Hopper", "Ada Lovelace", "Charles Babbage");
        assertThat(text(robot, "#collisions-facebook-title")).isEqualTo("Facebook \u2014 3 professional connections");
        assertThat(rowTexts(robot, grace)).containsExactly("Grace Hopper", "Manager at US Navy",
                "Connected since " + DATE.format(LocalDate.of(2025, 6, 14)));
        assertThat(rowTexts(robot, charles)).as("no organization").containsExactly("Charles Babbage", "Colleague",
                "Connected since " + DATE.format(RapportFixture.TODAY));
        assertThat(model.countProperty().get()).isEqualTo(3);
        assertThat(text(robot, "#collision-count")).isEqualTo("3 collisions");
        assertThat(text(robot, "#collisions-why")).contains("can see your personal posts");

        assertThat(text(robot, "#collisions-instagram-title")).isEqualTo("Instagram \u2014 no professional connections");
        assertThat(text(robot, "#collisions-instagram-empty"))
                .isEqualTo("Nobody professional can see your Instagram posts.");
        assertThat(robot.lookup("#collisions-linkedin").tryQuery()).as("LinkedIn is not personal").isEmpty();
        assertThat(robot.lookup("#review-planned-facebook-" + ada.id()).query().isVisible()).isFalse();
        assertThat(robot.lookup("#plan-review-facebook-" + sam.id()).tryQuery()).as("a friend is no collision").isEmpty();
        Screenshots.write(app.stage.getScene(), "collisions");
        robot.interact(() -> app.stage.setWidth(1500));
        Screenshots.write(app.stage.getScene(), "collisions-wide");
    }

    @Test
    void planningAReviewFromTheKeyboardHandsTheFocusToOpen(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);
        robot.interact(() -> planButton(robot, ada).requestFocus());

        robot.type(KeyCode.SPACE);

        assertThat(planButton(robot, ada).isDisabled()).isTrue();
        assertThat(app.stage.getScene().getFocusOwner().getId()).isEqualTo("open-contact-facebook-" + ada.id());
    }

    @Test
    void planningAReviewMakesExactlyOneOpenFollowUpAndSaysSoInWords(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);

        robot.clickOn("#plan-review-facebook-" + ada.id());

        List<FollowUp> followUps = followUpsOf(ada);
        assertThat(followUps).singleElement().satisfies(followUp -> {
            assertThat(followUp.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(followUp.rule()).isEqualTo(FollowUp.COLLISION);
            assertThat(followUp.platformId()).isEqualTo("facebook");
            assertThat(followUp.due()).isEqualTo(RapportFixture.TODAY);
        });
        Label planned = robot.lookup("#review-planned-facebook-" + ada.id()).queryAs(Label.class);
        assertThat(planned.isVisible()).isTrue();
        assertThat(planned.getText()).isEqualTo("Review planned");
        assertThat(rowTexts(robot, ada)).endsWith("Review planned");
        assertThat(planButton(robot, ada).isDisabled()).isTrue();
        Screenshots.write(app.stage.getScene(), "collisions-review-planned");
        robot.interact(() -> Application.setUserAgentStylesheet(ThemeManager.stylesheet(true)));
        try {
            Screenshots.write(app.stage.getScene(), "collisions-dark");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(ThemeManager.stylesheet(false)));
        }
        robot.interact(() -> app.stage.setWidth(620));
        Screenshots.write(app.stage.getScene(), "collisions-narrow");

        robot.clickOn("#plan-review-facebook-" + ada.id());
        robot.interact(() -> model.planReview(row(ada), facebook()));
        assertThat(followUpsOf(ada)).hasSize(1);
        assertThat(followUpsOf(grace)).isEmpty();

        reload(robot);
        assertThat(row(ada).reviewPlannedProperty().get()).as("planned, as the store says after a reload").isTrue();
        assertThat(planButton(robot, ada).isDisabled()).isTrue();
        robot.interact(() -> model.planReview(row(ada), facebook()));
        assertThat(followUpsOf(ada)).hasSize(1);
    }

    @Test
    void openCallsBackWithTheContactId(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);

        robot.clickOn("#open-contact-facebook-" + charles.id());

        assertThat(navigator.navigated).containsExactly("contact " + charles.id());
    }

    @Test
    void everyButtonIsReachableWithTabAndWorksFromTheKeyboard(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);
        robot.interact(() -> app.stage.setHeight(360));

        List<String> reached = new ArrayList<>();
        robot.interact(() -> planButton(robot, grace).requestFocus());
        reached.add(focusedId());
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.TAB);
            reached.add(focusedId());
        }
        assertThat(reached).containsExactly(
                "plan-review-facebook-" + grace.id(), "open-contact-facebook-" + grace.id(),
                "plan-review-facebook-" + ada.id(), "open-contact-facebook-" + ada.id(),
                "plan-review-facebook-" + charles.id(), "open-contact-facebook-" + charles.id());
        ScrollPane scroll = robot.lookup("#collisions-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).as("the page scrolled to follow the focus below the fold").isGreaterThan(0);
        Screenshots.write(app.stage.getScene(), "collisions-keyboard");
        robot.type(KeyCode.TAB);
        assertThat(focusedId()).as("no dead tab stops: round again to the top")
                .isEqualTo("plan-review-facebook-" + grace.id());
        assertThat(scroll.getVvalue()).isLessThan(0.5);

        robot.interact(() -> planButton(robot, grace).requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(followUpsOf(grace)).hasSize(1);
        assertThat(focusedId()).as("focus stays in the row when its button is disabled").isEqualTo("open-contact-facebook-" + grace.id());
        robot.type(KeyCode.SPACE);
        assertThat(navigator.navigated).containsExactly("contact " + grace.id());
    }

    @Test
    void buttonsSayWhatTheyDoToScreenReadersAndInTooltips(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);

        Button plan = planButton(robot, grace);
        assertThat(plan.getAccessibleText()).isEqualTo("Plan a review of Grace Hopper's Facebook connection");
        robot.moveTo(plan);
        assertThat(plan.getTooltip().getText()).contains("review your Facebook privacy settings for Grace Hopper");
        Button open = robot.lookup("#open-contact-facebook-" + grace.id()).queryAs(Button.class);
        assertThat(open.getAccessibleText()).isEqualTo("Open Grace Hopper's contact");
        assertThat(Tooltips.of(open).getText()).isEqualTo("Open Grace Hopper's contact");
    }

    @Test
    void inBlendModeThePageSaysSoAndCountsNothing(FxRobot robot) {
        addWorkAndFriends();
        rules.saveSettings(Settings.defaults().withWorlds(Worlds.BLEND));
        reload(robot);

        assertThat(text(robot, "#collisions-message"))
                .isEqualTo("You blend your worlds (Settings), so connections are not counted as collisions.");
        assertThat(model.countProperty().get()).isZero();
        assertThat(model.sections()).isEmpty();
        assertThat(robot.lookup("#collisions-facebook").tryQuery()).isEmpty();
        Screenshots.write(app.stage.getScene(), "collisions-blend");

        rules.saveSettings(Settings.defaults());
        reload(robot);
        assertThat(model.countProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#collisions-message").tryQuery()).isEmpty();
    }

    @Test
    void withoutPersonalPlatformsThePageSaysSo(FxRobot robot) {
        for (Platform platform : rules.platforms()) {
            rules.updatePlatform(new Platform(platform.id(), platform.name(), platform.sphere(), platform.position(),
                    platform.sphere() == Sphere.PERSONAL));
        }
        reload(robot);

        assertThat(text(robot, "#collisions-message")).startsWith("None of your platforms is personal");
        assertThat(text(robot, "#collision-count")).isEqualTo("No collisions");
        Screenshots.write(app.stage.getScene(), "collisions-no-personal-platforms");
    }

    @Test
    void aStoreFailureIsShownAndTheReviewCanBeTriedAgain(FxRobot robot) {
        addWorkAndFriends();
        reload(robot);
        app.store.close();

        robot.clickOn("#plan-review-facebook-" + grace.id());

        Message banner = robot.lookup("#collisions-problem").queryAs(Message.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getDescription()).endsWith("Nothing was changed.");
        assertThat(planButton(robot, grace).isDisabled()).isFalse();
        assertThat(robot.lookup("#review-planned-facebook-" + grace.id()).query().isVisible()).isFalse();
        Screenshots.write(app.stage.getScene(), "collisions-store-problem");
    }

    /** Three professionals and a friend on Facebook, a professional on LinkedIn only. */
    @Test
    void aLongSectionShowsTwentyRowsAndShowMoreTheNextTwenty(FxRobot robot) {
        List<Contact> colleagues = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            Contact colleague = app.add(String.format("Colleague %02d", i), "Northwind", "Engineer",
                    Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), "");
            connect(colleague, "facebook", LocalDate.of(2025, 1, 1));
            colleagues.add(colleague);
        }
        reload(robot);
        CollisionRow twentyFirst = model.sections().getFirst().rows().get(20);
        robot.interact(() -> model.planReview(twentyFirst, facebook()));
        reload(robot);
        assertThat(rowNames(robot, "facebook")).hasSize(20);
        assertThat(robot.lookup("#collisions-facebook-more").queryButton().getText()).isEqualTo("Show more (25 left)");

        robot.interact(() -> robot.lookup("#collisions-facebook-more").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(rowNames(robot, "facebook")).hasSize(40);
        assertThat(focusedId()).as("the keyboard goes on from the first new row, past its review already planned")
                .isEqualTo("open-contact-facebook-" + twentyFirst.contactId());

        robot.interact(() -> robot.lookup("#collisions-facebook-more").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(rowNames(robot, "facebook")).hasSize(45);
        String first = rowNames(robot, "facebook").get(40);
        Contact firstNew = colleagues.stream().filter(c -> c.displayName().equals(first)).findFirst().orElseThrow();
        assertThat(focusedId()).isEqualTo("plan-review-facebook-" + firstNew.id());
        assertThat(robot.lookup("#collisions-facebook-more").tryQuery()).isEmpty();
    }

    private void addWorkAndFriends() {
        ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.PROFESSIONAL, Relationship.CLIENT,
                List.of(), "");
        grace = app.add("Grace Hopper", "US Navy", "Rear Admiral", Category.PROFESSIONAL, Relationship.MANAGER,
                List.of(), "");
        charles = app.add("Charles Babbage", "", "Engineer", Category.PROFESSIONAL, Relationship.COLLEAGUE,
                List.of(), "");
        sam = app.add("Sam Okafor", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        margaret = app.add("Margaret Hamilton", "MIT", "Software lead", Category.PROFESSIONAL,
                Relationship.NETWORKING_CONTACT, List.of(), "");
        connect(grace, "facebook", LocalDate.of(2025, 6, 14));
        connect(ada, "facebook", LocalDate.of(2026, 3, 2));
        connect(charles, "facebook", RapportFixture.TODAY);
        connect(sam, "facebook", LocalDate.of(2019, 8, 30));
        connect(margaret, "linkedin", LocalDate.of(2024, 1, 9));
    }

    private void connect(Contact contact, String platformId, LocalDate on) {
        new LinkService(app.store, clockAt(on)).changeState(contact.id(), platformId, LinkState.CONNECTED);
    }

    private String focusedId() {
        return app.stage.getScene().getFocusOwner().getId();
    }

    /** The page follows the change signal: the test's changes reach it once the FX thread has taken them. */
    private void reload(FxRobot robot) {
        robot.interact(() -> { });
    }

    private List<FollowUp> followUpsOf(Contact contact) {
        return app.store.transact(tx -> tx.followUps().ofContact(contact.id()));
    }

    private Platform facebook() {
        return model.sections().stream().map(CollisionSection::platform).filter(p -> p.id().equals("facebook")).findFirst()
                .orElseThrow();
    }

    private CollisionRow row(Contact contact) {
        return model.sections().stream().filter(s -> s.platform().id().equals("facebook"))
                .flatMap(s -> s.rows().stream()).filter(r -> r.contactId() == contact.id()).findFirst().orElseThrow();
    }

    private static List<String> rowNames(FxRobot robot, String platformId) {
        return robot.lookup("#collisions-" + platformId).lookup(".collision-name").queryAllAs(Label.class).stream()
                .sorted(Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    /** The visible words of a contact's Facebook row, top to bottom. */
    private static List<String> rowTexts(FxRobot robot, Contact contact) {
        return robot.lookup("#collision-facebook-" + contact.id()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .sorted(Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    private static Button planButton(FxRobot robot, Contact contact) {
        return robot.lookup("#plan-review-facebook-" + contact.id()).queryAs(Button.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
