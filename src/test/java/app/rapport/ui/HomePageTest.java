package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
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
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.service.Change;
import app.rapport.ui.home.HomeView;
import app.rapport.ui.home.HomeViewModel;
import app.rapport.ui.welcome.SampleDataBanner;
import app.rapport.ui.welcome.SampleDataViewModel;

/** The home page alone on a real store: today's work, pending requests, and charts that click through. */
@ExtendWith(ApplicationExtension.class)
class HomePageTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final LocalDate TODAY = RapportFixture.TODAY;

    @RegisterExtension
    final RapportFixture app = RapportFixture.storeOnly();
    HomeViewModel model;
    final RecordingNavigator recorder = new RecordingNavigator();
    final List<String> navigated = recorder.navigated;

    Contact ada;
    Contact grace;
    Contact sam;

    @BeforeEach
    void show() throws TimeoutException {
        ChangeSignal changes = new ChangeSignal(app.services.changes());
        model = new HomeViewModel(app.services.home(), TaskRunner.sameThread(), changes, recorder);
        app.showAlone(() -> {
            HomeView home = new HomeView(model, new SampleDataBanner(new SampleDataViewModel(
                    app.services.sampleData(), TaskRunner.sameThread(), new ScriptedDialogs(), changes)), recorder);
            home.shown();
            return home;
        }, 1200, 760);
    }

    @Test
    void theDueCardListsOverdueThenTodayAndOpensTheContact(FxRobot robot) {
        seed();
        reload(robot);

        assertThat(text(robot, "#home-date")).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .format(TODAY));
        assertThat(dueTexts(robot)).containsExactly(
                "Overdue",
                "Send Ada the demo recording",
                "Ada Lovelace \u00b7 LinkedIn \u00b7 Overdue since " + DATE.format(LocalDate.of(2026, 11, 12)),
                "Review Grace Hopper's Facebook connection",
                "Grace Hopper \u00b7 Facebook \u00b7 Overdue since " + DATE.format(LocalDate.of(2026, 11, 20)),
                "Today",
                "Call Sam about the hike",
                "Sam Okafor \u00b7 Due today");
        assertThat(text(robot, "#home-due-count")).isEqualTo("2 overdue \u00b7 1 today");
        Screenshots.write(app.stage.getScene(), "home");

        robot.clickOn((javafx.scene.Node node) -> node instanceof Labeled item
                && item.getStyleClass().contains("home-due-item")
                && item.getText().startsWith("Call Sam about the hike"));
        robot.clickOn("#home-all-follow-ups");
        assertThat(navigated).containsExactly("contact " + sam.id(), "page FOLLOW_UPS");
        Button overdue = robot.lookup(".home-due-item").queryAllAs(Button.class).iterator().next();
        assertThat(overdue.getAccessibleText()).isEqualTo("Send Ada the demo recording. Ada Lovelace \u00b7 LinkedIn"
                + " \u00b7 Overdue since " + DATE.format(LocalDate.of(2026, 11, 12)));
        assertThat(Tooltips.of(overdue).getText()).isEqualTo("Send Ada the demo recording\nYou added this follow-up\n"
                + "Opens Ada Lovelace's page.");
    }

    @Test
    void theSortFollowUpThatManyShareIsDueOnHomeAndOpensSort(FxRobot robot) {
        for (int i = 1; i <= 6; i++) {
            app.contacts.save(Contact.builder().displayName("Phone contact " + i).addedOn(TODAY.minusDays(9 + i))
                    .build());
        }
        reload(robot);

        assertThat(dueTexts(robot)).containsExactly(
                "Overdue",
                "Sort 6 people: barbecue or business lunch?",
                "Sort them now (Ctrl+7) \u00b7 Overdue since " + DATE.format(TODAY.minusDays(8)));
        Button sort = robot.lookup(".home-due-item").queryAs(Button.class);
        robot.moveTo(sort);
        assertThat(sort.getTooltip().getText()).endsWith("\nOpens the Sort page.");
        Screenshots.write(app.stage.getScene(), "home-sort-follow-up");

        robot.clickOn(sort);
        assertThat(navigated).containsExactly("page SORT");
    }

    @Test
    void dueItemsAndLinksWorkFromTheKeyboard(FxRobot robot) {
        seed();
        reload(robot);
        List<Button> items = robot.lookup(".home-due-item").queryAllAs(Button.class).stream().toList();

        robot.interact(items.get(0)::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);

        assertThat(navigated).containsExactly("contact " + ada.id(), "contact " + grace.id());
    }

    @Test
    void aLongQueueShowsTheFirstFiveOfEachAndSaysHowManyMore(FxRobot robot) {
        seed();
        for (int day = 1; day <= 6; day++) {
            followUp(ada, null, FollowUp.MANUAL, "Old task " + day, LocalDate.of(2026, 10, day));
        }
        reload(robot);

        assertThat(text(robot, "#home-due-count")).isEqualTo("8 overdue \u00b7 1 today");
        assertThat(dueTexts(robot)).containsSubsequence("Overdue", "Old task 1", "Old task 5", "and 3 more", "Today",
                "Call Sam about the hike");
        assertThat(dueTexts(robot)).doesNotContain("Old task 6");
    }

    @Test
    void aStoreFailureIsShownInWords(FxRobot robot) {
        app.store.close();
        // Something changed: the page reads again, and the store fails it.
        robot.interact(() -> app.services.changes().publish(Change.EVERYTHING));

        assertThat(robot.lookup("#home-problem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#home-scroll").query().isVisible()).as("no empty cards that look like an empty store")
                .isFalse();
        Screenshots.write(app.stage.getScene(), "home-problem");
    }

    @Test
    void pendingRequestsAreCountedPerPlatformAndOpenThatPlatform(FxRobot robot) {
        seed();
        reload(robot);

        assertThat(text(robot, "#home-pending-linkedin")).isEqualTo("LinkedIn \u2014 2 waiting");
        assertThat(text(robot, "#home-pending-facebook")).isEqualTo("Facebook \u2014 1 waiting");
        assertThat(text(robot, "#home-pending-count")).isEqualTo("3 waiting");

        robot.clickOn("#home-pending-linkedin");
        assertThat(navigated).containsExactly("pending linkedin");
    }

    @Test
    void clickingAPieSliceOpensThatCategory(FxRobot robot) {
        seed();
        reload(robot);

        assertThat(pieLabels(robot)).containsExactlyInAnyOrder("Personal (2)", "Professional (5)", "Both (1)",
                "Undecided (2)");
        robot.clickOn(reveal(robot, "#home-slice-PROFESSIONAL"));
        assertThat(navigated).containsExactly("category PROFESSIONAL");
        assertThat(robot.lookup("#home-slice-PROFESSIONAL").query().getAccessibleText())
                .isEqualTo("Professional: 5 contacts");
    }

    @Test
    void aPieOfOneCategoryIsDrawnWhole(FxRobot robot) {
        app.add("Ada Lovelace", "ACME", "CEO", Category.PROFESSIONAL, Relationship.CLIENT, List.of(), "");
        reload(robot);

        Region slice = robot.lookup("#home-slice-PROFESSIONAL").queryAs(Region.class);
        assertThat(slice.getStyleClass()).contains("whole-pie");
        assertThat(slice.getBorder() == null || slice.getBorder().getStrokes().stream()
                .allMatch(stroke -> Color.TRANSPARENT.equals(stroke.getTopStroke()))).as("no seam").isTrue();
        Screenshots.write(app.stage.getScene(), "home-one-category");
    }

    @Test
    void clickingAStackedBarOpensReadinessWithThatVerdictAndPlatform(FxRobot robot) {
        seed();
        reload(robot);

        robot.clickOn(reveal(robot, "#home-verdict-linkedin-GET_TO_KNOW_FIRST"));
        robot.clickOn(reveal(robot, "#home-verdict-facebook-KEEP_APART"));
        assertThat(navigated).containsExactly("readiness GET_TO_KNOW_FIRST linkedin", "readiness KEEP_APART facebook");
        assertThat(robot.lookup("#home-verdict-facebook-KEEP_APART").query().getAccessibleText())
                .isEqualTo("Facebook \u2014 Keep apart: 2 contacts");
    }

    @Test
    void clickingAMonthOpensTheContactsMetThatMonth(FxRobot robot) {
        seed();
        reload(robot);

        assertThat(robot.lookup("#home-month-2025-11").tryQuery()).as("outside the last 12 months").isEmpty();
        assertThat(robot.lookup("#home-month-2026-02").tryQuery()).as("a quiet month has no bar to click").isEmpty();
        robot.clickOn(reveal(robot, "#home-month-2026-06"));
        assertThat(navigated).containsExactly("month 2026-06");
        assertThat(robot.lookup("#home-month-2026-06").query().getAccessibleText())
                .isEqualTo("June 2026: 3 interactions");
        robot.interact(() -> robot.lookup("#home-scroll").queryAs(ScrollPane.class).setVvalue(1));
        Screenshots.write(app.stage.getScene(), "home-scrolled");
    }

    @Test
    void slicesAndBarsWorkFromTheKeyboardAndSayTheirNumberInWords(FxRobot robot) {
        seed();
        reload(robot);
        Node personal = robot.lookup("#home-slice-PERSONAL").query();
        assertThat(personal.isFocusTraversable()).isTrue();

        robot.interact(personal::requestFocus);
        assertThat(text(robot, "#home-categories-caption")).as("a tooltip never shows for the keyboard")
                .isEqualTo("Personal: 2 contacts");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#home-slice-PROFESSIONAL").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        robot.interact(() -> robot.lookup("#home-verdict-x-READY").query().requestFocus());
        robot.type(KeyCode.ENTER);

        assertThat(navigated).containsExactly("category PERSONAL", "category PROFESSIONAL", "readiness READY x");
        ScrollPane scroll = robot.lookup("#home-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).as("the focused chart scrolled into view").isGreaterThan(0);
        Screenshots.write(app.stage.getScene(), "home-keyboard");
    }

    @Test
    void tabGoesThroughTheCardsInReadingOrderWithoutDeadStops(FxRobot robot) {
        seed();
        reload(robot);

        robot.interact(() -> robot.lookup("#home-all-follow-ups").query().requestFocus());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.TAB);
            reached.add(app.stage.getScene().getFocusOwner().getId());
        }

        assertThat(reached).containsExactly("home-pending-linkedin", "home-pending-facebook", "home-slice-PERSONAL",
                "home-slice-PROFESSIONAL", "home-slice-BOTH", "home-slice-UNDECIDED",
                "home-verdict-linkedin-CONNECTED");
    }

    @Test
    void anEmptyStoreShowsEmptyStatesInWords(FxRobot robot) {
        reload(robot);

        assertThat(text(robot, "#home-due-empty")).isEqualTo("Nothing due today, nothing overdue.");
        assertThat(text(robot, "#home-pending-empty")).isEqualTo("No requests waiting for an answer.");
        assertThat(text(robot, "#home-categories-empty")).startsWith("No contacts yet");
        assertThat(text(robot, "#home-verdicts-empty")).startsWith("No verdicts yet");
        assertThat(text(robot, "#home-interactions-empty")).startsWith("No interactions in the last 12 months.");
        assertThat(robot.lookup(".chart").tryQuery()).isEmpty();
        Screenshots.write(app.stage.getScene(), "home-empty");
    }

    @Test
    void looksRightInTheDarkThemeAndInANarrowWindow(FxRobot robot) {
        seed();
        reload(robot);
        robot.interact(() -> Application.setUserAgentStylesheet(ThemeManager.stylesheet(true)));
        try {
            Screenshots.write(app.stage.getScene(), "home-dark");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(ThemeManager.stylesheet(false)));
        }
        robot.interact(() -> app.stage.setWidth(900));
        Screenshots.write(app.stage.getScene(), "home-narrow");
        robot.interact(() -> robot.lookup("#home-scroll").queryAs(ScrollPane.class).setVvalue(1));
        Screenshots.write(app.stage.getScene(), "home-narrow-scrolled");
    }

    /**
     * The sample address book with requests, connections, a year of interactions and three follow-ups due:
     * rules that would make more due today are avoided (no cadence, no birthday, requests only from people to
     * get to know first or keep apart).
     */
    private void seed() {
        app.addSampleContacts();
        ada = contact("Ada Lovelace");
        grace = contact("Grace Hopper");
        sam = contact("Sam Okafor");
        request(contact("Tim Berners-Lee"), "linkedin");
        request(contact("Margaret Hamilton"), "linkedin");
        request(grace, "facebook");
        connect(ada, "linkedin");
        connect(contact("Alan Turing"), "linkedin");
        connect(sam, "facebook");
        connect(contact("Lena M\u00fcller"), "facebook");
        log(sam, 2025, 11, 30);
        log(sam, 2025, 12, 20);
        log(ada, 2026, 3, 4);
        log(grace, 2026, 3, 18);
        log(sam, 2026, 6, 1);
        log(contact("Alan Turing"), 2026, 6, 15);
        log(contact("Lena M\u00fcller"), 2026, 6, 30);
        log(ada, 2026, 9, 9);
        log(sam, 2026, 10, 2);
        log(grace, 2026, 10, 20);
        log(contact("Tim Berners-Lee"), 2026, 11, 3);
        log(sam, 2026, 11, 21);
        followUp(ada, "linkedin", FollowUp.MANUAL, "Send Ada the demo recording", LocalDate.of(2026, 11, 12));
        followUp(grace, "facebook", FollowUp.COLLISION, "Review Grace Hopper's Facebook connection",
                LocalDate.of(2026, 11, 20));
        followUp(sam, null, FollowUp.MANUAL, "Call Sam about the hike", TODAY);
        followUp(sam, null, FollowUp.MANUAL, "Not due until tomorrow", TODAY.plusDays(1));
    }

    private Contact contact(String name) {
        return app.contacts.summaries().stream().filter(c -> c.displayName().equals(name)).findFirst()
                .map(c -> app.contacts.get(c.id())).orElseThrow();
    }

    private void request(Contact contact, String platformId) {
        app.services.links().changeState(contact.id(), platformId, LinkState.REQUEST_RECEIVED);
    }

    private void connect(Contact contact, String platformId) {
        app.services.links().changeState(contact.id(), platformId, LinkState.CONNECTED);
    }

    private void log(Contact contact, int year, int month, int day) {
        app.services.interactions().log(new Interaction(null, contact.id(), LocalDate.of(year, month, day),
                InteractionKind.COFFEE_OR_MEAL, ""));
    }

    private void followUp(Contact contact, String platformId, String rule, String title, LocalDate due) {
        app.store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, contact.id(), platformId, rule,
                rule + ":" + title, title, "", due, FollowUpStatus.OPEN, TODAY)));
    }

    /** Focuses a chart element, which scrolls its chart into view as Tab would, so the robot can click it. */
    private static Node reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        return node;
    }

    /** The page follows the change signal: the seeding's changes reach it once the FX thread has taken them. */
    private void reload(FxRobot robot) {
        robot.interact(() -> { });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static List<String> dueTexts(FxRobot robot) {
        // A due item is one button whose two lines are its title and its detail.
        return robot.lookup("#home-due").lookup((javafx.scene.Node node) -> node instanceof Label
                        || node.getStyleClass().contains("home-due-item")).queryAllAs(Labeled.class).stream()
                .filter(label -> label.getId() == null || !label.getId().equals("home-due-count"))
                .flatMap(label -> label.getText().lines())
                .filter(text -> !text.equals("Due"))
                .toList();
    }

    private static List<String> pieLabels(FxRobot robot) {
        return robot.lookup("#home-category-chart").lookup(".chart-pie-label").queryAll().stream()
                .map(node -> ((Text) node).getText()).toList();
    }
}
