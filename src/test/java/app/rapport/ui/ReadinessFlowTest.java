package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;
import app.rapport.service.ReadinessRow;

/** The readiness flows of the issue, in the real window: requests, interactions, vouching, the matrix. */
@ExtendWith(ApplicationExtension.class)
class ReadinessFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void aColleagueSendsAFacebookRequestAndGetsTheRedirectReply(FxRobot robot) {
        app.services.rules().saveMyName("Sam Doe");
        app.add("Chris Martin", "Acme", "Analyst", Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), "");
        openContact(robot, "Chris Martin");
        assertThat(text(robot, "#verdict-facebook")).as("a colleague, kept apart from Facebook")
                .isEqualTo("Redirect to another platform");
        String before = text(robot, "#next-facebook");

        robot.clickOn("#action-facebook-request_received");

        assertThat(text(robot, "#verdict-facebook")).isEqualTo("Redirect to another platform");
        assertThat(text(robot, "#next-facebook")).isNotEqualTo(before).contains("in person or by phone");
        assertThat(text(robot, "#link-facebook")).startsWith("Request received since");
        assertThat(text(robot, "#next-facebook")).contains("LinkedIn");
        String message = robot.lookup("#message-facebook").queryAs(TextArea.class).getText();
        assertThat(message).startsWith("Hi Chris,").contains("Facebook").contains("LinkedIn").endsWith("Sam Doe");
        robot.clickOn("#copy-facebook");
        assertThat(robot.lookup("Copied").tryQuery()).isPresent();
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo(message);
        assertThat(robot.lookup("#link-history").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .singleElement().extracting(node -> ((Label) node).getText()).asString()
                .contains("Facebook: Not connected \u2192 Request received");
        Screenshots.write(app.stage.getScene(), "contact-page-redirect");

        assertThat(robot.lookup("#collisions-badge").query().isVisible()).isFalse();
        robot.clickOn("#action-facebook-connected");
        Label badge = robot.lookup("#collisions-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).as("a colleague who can see your Facebook posts").isTrue();
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(badge.getAccessibleText()).isEqualTo("1 collision");
        Screenshots.write(app.stage.getScene(), "contact-page-collision");
    }

    @Test
    void loggingACoffeeAndAnsweringTheVouchQuestionMakesLinkedInReady(FxRobot robot) {
        app.add("Dana Reyes", "Studio Nine", "Designer", Category.PROFESSIONAL, Relationship.NETWORKING_CONTACT,
                List.of(), "");
        openContact(robot, "Dana Reyes");
        assertThat(text(robot, "#verdict-linkedin")).isEqualTo("Get to know them first");
        assertThat(robot.lookup("#card-linkedin .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("plain words on screen, no rule or article numbers")
                .noneMatch(words -> words.contains("[00") || words.contains("rule "));
        Screenshots.write(app.stage.getScene(), "contact-page-get-to-know");

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        robot.clickOn("#interaction-kind");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Coffee or meal"))
                .queryAs(Node.class));
        robot.clickOn("#interaction-notes").write("Talked about her portfolio");
        Screenshots.write(robot.lookup("#log-interaction").query().getScene(), "log-interaction");
        robot.clickOn("Save");

        assertThat(robot.listWindows()).hasSize(1);
        assertThat(text(robot, "#verdict-linkedin")).as("met, but not vouched for yet")
                .isEqualTo("Get to know them first");
        assertThat(robot.lookup("Talked about her portfolio").tryQuery()).isPresent();
        assertThat(text(robot, "#next-linkedin")).as("the advice names what is still missing, not the coffee")
                .doesNotContain("coffee").contains("what you would say about Dana Reyes's work");
        assertThat(robot.lookup("#message-linkedin").tryQuery()).as("no coffee invitation after the coffee").isEmpty();

        robot.clickOn("#vouch-answer-linkedin").write("Clear thinker; ran the best workshop at the meetup");
        Screenshots.write(app.stage.getScene(), "contact-page-vouch-inline");
        robot.clickOn("#save-vouch-linkedin");

        assertThat(text(robot, "#verdict-linkedin")).isEqualTo("Ready to connect");
        assertThat(robot.lookup("#message-linkedin").queryAs(TextArea.class).getText()).startsWith("Hi Dana,");
        long id = app.contacts.summaries().getFirst().id();
        assertThat(app.contacts.get(id).vouchForThem()).startsWith("Clear thinker");
        Screenshots.write(app.stage.getScene(), "contact-page-ready");
    }

    @Test
    void whyNamesTheArticleAndOpensTheGuideThere(FxRobot robot) {
        app.add("Dana Reyes", "Studio Nine", "Designer", Category.PROFESSIONAL, Relationship.NETWORKING_CONTACT,
                List.of(), "");
        openContact(robot, "Dana Reyes");

        assertThat(text(robot, "#why-linkedin-linkedin_is_not_twitter")).isEqualTo("LinkedIn does not work like Twitter");
        robot.clickOn("#why-linkedin-linkedin_is_not_twitter");

        Node section = robot.lookup("#guide-linkedin_is_not_twitter").query();
        assertThat(section.isFocused()).as("the Guide opens at the article's section").isTrue();
        assertThat(robot.lookup("#guide").query().getScene()).isSameAs(app.stage.getScene());
        Screenshots.write(app.stage.getScene(), "guide");
    }

    @Test
    void theContactPageShowsTheContactWithLongNotesFolded(FxRobot robot) {
        String notes = ("Met at the design meetup. " + "Talked about type and grids for a long time. ".repeat(12)).strip();
        app.contacts.save(Contact.builder().displayName("Dana Reyes").category(Category.PROFESSIONAL)
                .relationship(Relationship.NETWORKING_CONTACT).emails(List.of("dana@studionine.example"))
                .phones(List.of("+49 30 1234567")).notes(notes).metOn(java.time.LocalDate.of(2026, 3, 15))
                .birthday(java.time.LocalDate.of(1990, 5, 14)).vouchForThem("Clear thinker").build());
        openContact(robot, "Dana Reyes");

        assertThat(text(robot, "#about-emails")).isEqualTo("dana@studionine.example");
        assertThat(text(robot, "#about-phones")).isEqualTo("+49 30 1234567");
        assertThat(text(robot, "#about-birthday")).isEqualTo("May 14, 1990");
        assertThat(text(robot, "#about-met-on")).isEqualTo(DateFields.display(
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).format(java.time.LocalDate.of(2026, 3, 15)));
        assertThat(text(robot, "#about-vouch-for-them")).isEqualTo("Clear thinker");
        assertThat(text(robot, "#about-notes")).as("folded").startsWith("Met at the design meetup.").endsWith("\u2026")
                .hasSizeLessThan(notes.length());
        Screenshots.write(app.stage.getScene(), "contact-page-about");

        robot.clickOn("#about-notes-more");
        assertThat(text(robot, "#about-notes")).isEqualTo(notes);
    }

    @Test
    void theBothQuestionsLinkOpensTheVouchDialog(FxRobot robot) {
        app.add("Dana Reyes", "Studio Nine", "Designer", Category.PROFESSIONAL, Relationship.NETWORKING_CONTACT,
                List.of(), "");
        openContact(robot, "Dana Reyes");

        robot.clickOn("#vouch-linkedin");
        robot.clickOn("#vouch-for-them").write("Clear thinker");
        robot.clickOn("#vouch-for-me").write("That I kept my word");
        Screenshots.write(robot.lookup("#vouch-dialog").query().getScene(), "vouch-dialog");
        robot.clickOn("Save answers");

        Contact dana = app.contacts.get(app.contacts.summaries().getFirst().id());
        assertThat(dana.vouchForThem()).isEqualTo("Clear thinker");
        assertThat(dana.vouchForMe()).isEqualTo("That I kept my word");
    }

    @Test
    void aLinkReadFromADownloadSaysWhichOnItsCard(FxRobot robot) {
        Contact dana = app.add("Dana Reyes", "Studio Nine", "Designer", Category.PERSONAL, Relationship.FRIEND,
                List.of(), "");
        app.store.transactVoid(tx -> tx.links().putFromSource(new Link(dana.id(), "facebook", LinkState.CONNECTED,
                java.time.LocalDate.of(2020, 5, 13), ""), "FACEBOOK", java.time.LocalDate.of(2024, 11, 28)));
        openContact(robot, "Dana Reyes");

        assertThat(text(robot, "#link-source-facebook")).isEqualTo("From your Facebook download, Nov 28, 2024");
        assertThat(robot.lookup("#link-source-linkedin").tryQuery()).as("typed in by hand").isEmpty();
    }

    @Test
    void anInteractionCanBeEditedAndADeleteUndone(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.BOTH, Relationship.FRIEND,
                List.of(), "");
        app.services.interactions().log(new app.rapport.domain.Interaction(null, ada.id(),
                RapportFixture.TODAY.minusDays(3), InteractionKind.PHONE_CALL, "Quick call"));
        openContact(robot, "Ada Lovelace");
        robot.moveTo("#contact-page-name").scroll(30, VerticalDirection.DOWN);

        robot.clickOn(robot.lookup(".timeline-row .button").nth(0).queryAs(Node.class));
        robot.doubleClickOn("#interaction-notes").eraseText(12).write("Long call");
        robot.clickOn("Save");
        assertThat(app.services.readiness().forContact(ada.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.notes()).isEqualTo("Long call"));

        robot.clickOn(robot.lookup(".timeline-row .button").nth(1).queryAs(Node.class));
        assertThat(app.services.readiness().forContact(ada.id()).interactions()).isEmpty();
        assertThat(text(robot, "#contact-undo-message")).startsWith("Deleted the interaction of ")
                .endsWith(" (Phone call).");
        robot.clickOn("#contact-undo-undo");
        assertThat(app.services.readiness().forContact(ada.id()).interactions()).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InteractionKind.PHONE_CALL));
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#contacts-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#contacts-table").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void deletingAnInteractionLowOnThePageKeepsThePlaceAndHandsTheFocusToUndo(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.BOTH, Relationship.FRIEND,
                List.of(), "");
        List<Interaction> calls = new java.util.ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            calls.add(app.services.interactions().log(new Interaction(null, ada.id(),
                    RapportFixture.TODAY.minusWeeks(week), InteractionKind.PHONE_CALL, "Call " + week)));
        }
        openContact(robot, "Ada Lovelace");
        ScrollPane page = robot.lookup(".contact-page .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> robot.lookup("#timeline-delete-" + calls.get(6).id()).queryButton().requestFocus());
        double scrolled = page.getVvalue();
        assertThat(scrolled).as("the page followed the focus down").isGreaterThan(0.5);

        robot.type(KeyCode.SPACE);

        assertThat(app.services.readiness().forContact(ada.id()).interactions()).hasSize(7)
                .doesNotContain(calls.get(6));
        assertThat(page.getVvalue()).as("still low on the page").isGreaterThan(0.5);
        assertThat(app.stage.getScene().getFocusOwner().getId()).isEqualTo("contact-undo-undo");
        Screenshots.write(app.stage.getScene(), "contact-timeline-deleted");

        robot.type(KeyCode.SPACE);

        assertThat(app.services.readiness().forContact(ada.id()).interactions()).hasSize(8);
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("back on the call put back")
                .isEqualTo("timeline-delete-" + calls.get(6).id());
        assertThat(page.getVvalue()).isGreaterThan(0.5);

        robot.interact(() -> robot.lookup("#timeline-delete-" + calls.get(7).id()).queryButton().requestFocus());
        robot.type(KeyCode.SPACE);

        assertThat(app.stage.getScene().getFocusOwner().getId()).as("the last row, gone with it")
                .isEqualTo("contact-undo-undo");
        assertThat(page.getVvalue()).isGreaterThan(0.5);
    }

    @Test
    void withMorePlatformsThanFitTheMatrixScrollsSideways(FxRobot robot) {
        app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.BOTH, Relationship.FRIEND, List.of(), "");
        robot.clickOn("#nav-readiness");
        assertThat(text(robot, "#readiness-count")).isEqualTo("1 contact");
        assertThat(readinessTable(robot).getColumnResizePolicy()).as("five platforms fit: they fill the table")
                .isSameAs(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        for (String name : List.of("Mastodon", "Bluesky", "Threads")) {
            app.services.rules().addPlatform(name, Sphere.PUBLIC);
        }
        robot.clickOn("#nav-home").clickOn("#nav-readiness");

        TableView<ReadinessRow> table = readinessTable(robot);
        assertThat(table.getColumns()).hasSize(9);
        assertThat(table.getColumnResizePolicy()).as("eight platforms do not: the table scrolls")
                .isSameAs(TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertThat(robot.lookup("#readiness-table .scroll-bar:horizontal").queryAll())
                .as("Threads is reached by scrolling").anyMatch(bar -> ((Node) bar).isVisible());
        Screenshots.write(robot.window(0).getScene(), "readiness-scroll-sideways");
    }

    @Test
    void theTimelineShowsTheNewestTenAndTheOlderOnesOnRequest(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "Analytical Engines", "Engineer", Category.BOTH, Relationship.FRIEND,
                List.of(), "");
        for (int week = 1; week <= 12; week++) {
            app.services.interactions().log(new app.rapport.domain.Interaction(null, ada.id(),
                    RapportFixture.TODAY.minusWeeks(week), InteractionKind.PHONE_CALL, "Call " + week));
        }
        openContact(robot, "Ada Lovelace");
        assertThat(robot.lookup(".timeline-row").queryAll()).hasSize(10);
        assertThat(robot.lookup("Call 10").tryQuery()).isPresent();
        assertThat(robot.lookup("Call 11").tryQuery()).isEmpty();

        robot.interact(() -> robot.lookup("#timeline-older").queryButton().requestFocus());
        assertThat(robot.lookup("#timeline-older").queryButton().getText()).isEqualTo("Show 2 older interactions");
        Screenshots.write(app.stage.getScene(), "contact-timeline-older");
        robot.type(KeyCode.SPACE);

        assertThat(robot.lookup(".timeline-row").queryAll()).hasSize(12);
        assertThat(robot.lookup("#timeline-older").tryQuery()).isEmpty();
        assertThat(robot.lookup("Call 12").tryQuery()).isPresent();
        assertThat(app.stage.getScene().getFocusOwner().getAccessibleText())
                .startsWith("Edit this interaction (Phone call, ");
    }

    @Test
    void theMatrixFiltersPendingRequestsAndACellOpensTheContactThere(FxRobot robot) {
        app.addSampleContacts();
        long katherine = app.contacts.summaries().stream().filter(s -> s.displayName().startsWith("Katherine"))
                .findFirst().orElseThrow().id();
        long grace = app.contacts.summaries().stream().filter(s -> s.displayName().startsWith("Grace"))
                .findFirst().orElseThrow().id();
        app.services.links().changeState(katherine, "facebook", LinkState.REQUEST_RECEIVED);
        app.services.links().changeState(grace, "linkedin", LinkState.CONNECTED);

        robot.clickOn("#nav-readiness");
        TableView<ReadinessRow> table = readinessTable(robot);
        assertThat(table.getItems()).hasSize(10);
        Screenshots.write(app.stage.getScene(), "readiness");

        robot.clickOn("#pending-filter");
        assertThat(table.getItems()).extracting(row -> row.contact().displayName()).containsExactly("Katherine Johnson");
        robot.clickOn("#pending-filter");
        robot.clickOn("#verdict-filter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Connected"))
                .queryAs(Node.class));
        assertThat(table.getItems()).extracting(row -> row.contact().displayName()).containsExactly("Grace Hopper");
        Screenshots.write(app.stage.getScene(), "readiness-filtered");

        Labeled connected = robot.lookup(".table-cell").match(LabeledMatchers.hasText("Connected")).queryLabeled();
        robot.moveTo(connected);
        robot.interact(() -> {
            Bounds cell = connected.localToScreen(connected.getBoundsInLocal());
            connected.getTooltip().show(connected, cell.getMinX(), cell.getMaxY());
        });
        assertThat(connected.getTooltip().getText()).isEqualTo("Connected\nNothing to do on LinkedIn: keep the "
                + "relationship growing by spending time together, not with likes.");
        robot.interact(() -> connected.getTooltip().hide());

        robot.clickOn(connected);
        assertThat(text(robot, "#contact-page-name")).isEqualTo("Grace Hopper");
        assertThat(robot.lookup("#card-linkedin").query().getStyleClass()).contains("focused-card");
    }

    @Test
    void tabbingIntoTheMatrixFramesItsFirstCellAndEnterOpensIt(FxRobot robot) {
        app.addSampleContacts();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<ReadinessRow> table = readinessTable(robot);
        while (app.stage.getScene().getFocusOwner() != table) {
            robot.type(KeyCode.TAB);
        }

        assertThat(table.getSelectionModel().getSelectedCells()).singleElement().satisfies(cell -> {
            assertThat(cell.getRow()).isZero();
            assertThat(cell.getTableColumn()).isSameAs(table.getColumns().getFirst());
        });
        Screenshots.write(app.stage.getScene(), "readiness-tabbed-in");
        String first = table.getItems().getFirst().contact().displayName();
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#contact-page-name")).isEqualTo(first);
    }

    @Test
    void backFromAContactOpenedInTheMatrixIsOnItsCellAgain(FxRobot robot) {
        app.addSampleContacts();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<ReadinessRow> table = readinessTable(robot);
        TableColumn<ReadinessRow, ?> facebook = table.getColumns().stream()
                .filter(column -> "facebook".equals(column.getUserData())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(6, facebook);
            table.getFocusModel().focus(6, facebook);
        });
        String name = table.getItems().get(6).contact().displayName();

        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#contact-page-name")).isEqualTo(name);
        assertThat(robot.lookup("#card-facebook").query().getStyleClass()).contains("focused-card");
        Node focused = app.stage.getScene().getFocusOwner();
        assertThat(ScrollPlace.isInside(focused, robot.lookup("#card-facebook").query())).as("%s", focused).isTrue();
        assertThat(focused.isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);

        assertThat(app.stage.getScene().getFocusOwner()).isSameAs(table);
        TablePosition<ReadinessRow, ?> cell = table.getFocusModel().getFocusedCell();
        assertThat(table.getItems().get(cell.getRow()).contact().displayName()).isEqualTo(name);
        assertThat(cell.getTableColumn()).isSameAs(facebook);
        assertThat(table.getSelectionModel().isSelected(cell.getRow(), facebook)).isTrue();
        Screenshots.write(app.stage.getScene(), "readiness-back-on-its-cell");
    }

    @Test
    void anUndecidedContactIsAskedTheBarbecueQuestion(FxRobot robot) {
        app.add("Katherine Johnson", "NASA", "Mathematician", Category.UNDECIDED, Relationship.ACQUAINTANCE,
                List.of(), "");
        openContact(robot, "Katherine Johnson");
        assertThat(text(robot, "#verdict-facebook")).isEqualTo("Decide: barbecue or business lunch?");
        assertThat(robot.lookup(Category.DECIDING_QUESTION).tryQuery()).isPresent();

        robot.clickOn("#decide-facebook-personal");

        assertThat(text(robot, "#verdict-facebook")).isEqualTo("Ready to connect");
        assertThat(app.contacts.summaries().getFirst().category()).isEqualTo(Category.PERSONAL);
    }

    private static void openContact(FxRobot robot, String name) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn(name).type(KeyCode.ENTER);
        assertThat(text(robot, "#contact-page-name")).isEqualTo(name);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReadinessRow> readinessTable(FxRobot robot) {
        return robot.lookup("#readiness-table").queryAs(TableView.class);
    }
}
