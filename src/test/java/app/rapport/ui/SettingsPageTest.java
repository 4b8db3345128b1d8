package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;

/** The settings page driven with mouse and keyboard; every change is checked in the real store. */
@ExtendWith(ApplicationExtension.class)
class SettingsPageTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void settingsOpensAtItsTopEachTime(FxRobot robot) {
        robot.interact(() -> app.window.open(Page.SETTINGS));
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) app.stage.getScene()
                .lookup("#settings") instanceof javafx.scene.control.ScrollPane settings ? settings : null;
        org.assertj.core.api.Assertions.assertThat(page).isNotNull();
        robot.interact(() -> page.setVvalue(1));
        robot.interact(() -> app.window.open(Page.HOME));
        robot.interact(() -> app.window.open(Page.SETTINGS));
        org.assertj.core.api.Assertions.assertThat(page.getVvalue()).isZero();
    }

    @Test
    void ruleSettingsChangedOnThePageAreStoredAtOnce(FxRobot robot) {
        robot.clickOn("#nav-settings");
        Screenshots.write(app.stage.getScene(), "settings-top");

        click(robot, "#my-name").write("Sam Taylor");
        click(robot, "#worlds-blend");
        click(robot, "#linkedin-style-open");
        click(robot, "#job-seeking");
        typeInto(robot, "#get-to-know-days", "14").type(KeyCode.TAB);
        typeInto(robot, "#no-answer-days", "999").type(KeyCode.ENTER);
        typeInto(robot, "#reply-window-days", "").type(KeyCode.TAB);
        click(robot, "#strong-interactions").type(KeyCode.UP);

        assertThat(app.rules.settings()).isEqualTo(new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 14, 3, 2,
                365));
        assertThat(app.rules.myName()).isEqualTo("Sam Taylor");
        assertThat(spinner(robot, "#no-answer-days").getEditor().getText()).as("kept within 0-365").isEqualTo("365");
        assertThat(spinner(robot, "#reply-window-days").getEditor().getText()).as("blank puts the value back")
                .isEqualTo("2");
        Screenshots.write(app.stage.getScene(), "settings-rules-changed");
    }

    @Test
    void platformsAreRenamedHiddenMovedAndAdded(FxRobot robot) {
        robot.clickOn("#nav-settings");
        typeInto(robot, "#platform-name-facebook", "Facebook (family)").type(KeyCode.ENTER);
        choose(robot, "#platform-sphere-instagram", "Public");
        click(robot, "#platform-hidden-facebook");
        click(robot, "#platform-up-instagram");
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("the focus stays on the moved platform's arrow")
                .isEqualTo("platform-up-instagram");
        click(robot, "#new-platform-name").write("Bluesky");
        choose(robot, "#new-platform-sphere", "Public");
        click(robot, "#add-platform");

        assertThat(app.rules.platforms()).extracting(Platform::name, Platform::sphere, Platform::hidden).containsExactly(
                tuple("LinkedIn", Sphere.PROFESSIONAL, false),
                tuple("Instagram", Sphere.PUBLIC, false),
                tuple("Facebook (family)", Sphere.PERSONAL, true),
                tuple("X/Twitter", Sphere.PUBLIC, false),
                tuple("Business page", Sphere.BRAND, false),
                tuple("Bluesky", Sphere.PUBLIC, false));
        assertThat(robot.lookup("#new-platform-name").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#platform-name-bluesky").tryQuery()).isPresent();
        scrollToTop(robot, "#platform-name-linkedin");
        Screenshots.write(app.stage.getScene(), "settings-platforms");
    }

    @Test
    void aPlatformNameThatBreaksARuleIsExplainedNextToTheField(FxRobot robot) {
        robot.clickOn("#nav-settings");
        typeInto(robot, "#platform-name-linkedin", "").type(KeyCode.TAB);
        assertThat(shownError(robot, "#error-platform-linkedin")).isEqualTo("A platform needs a name.");

        typeInto(robot, "#platform-name-facebook", "linkedin").type(KeyCode.ENTER);
        assertThat(shownError(robot, "#error-platform-facebook")).isEqualTo("There is already a platform called linkedin.");
        click(robot, "#add-platform");
        assertThat(shownError(robot, "#error-new-platform")).isEqualTo("A platform needs a name.");
        assertThat(app.rules.platforms()).extracting(Platform::name).startsWith("LinkedIn", "Facebook");
        Screenshots.write(app.stage.getScene(), "settings-platform-errors");

        click(robot, "#platform-name-linkedin").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#platform-name-linkedin").queryAs(TextField.class).getText()).isEqualTo("LinkedIn");
        assertThat(robot.lookup("#error-platform-linkedin").query().isVisible()).isFalse();
    }

    @Test
    void aTemplateIsSavedWithItsButtonAndAnEmptyOneIsRefused(FxRobot robot) {
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#template-placeholders").queryLabeled().getText())
                .contains("{firstName}", "{howWeMet}", "{platform}", "{myName}");
        String invitation = "Hi {firstName}, coffee next week? {myName}";
        typeInto(robot, "#template-coffee-invitation", invitation);
        assertThat(robot.lookup("#status-template-coffee-invitation").queryLabeled().getText())
                .isEqualTo("Not saved yet");
        Screenshots.write(app.stage.getScene(), "settings-template-editing");
        click(robot, "#save-template-coffee-invitation");

        assertThat(body(MessageTemplate.COFFEE_INVITATION)).isEqualTo(invitation);
        assertThat(robot.lookup("#status-template-coffee-invitation").queryLabeled().getText()).isEqualTo("Saved.");

        typeInto(robot, "#template-coffee-invitation", "");
        click(robot, "#save-template-coffee-invitation");
        assertThat(shownError(robot, "#error-template-coffee-invitation")).isEqualTo("A template cannot be empty.");
        assertThat(body(MessageTemplate.COFFEE_INVITATION)).isEqualTo(invitation);
        Screenshots.write(app.stage.getScene(), "settings-templates");
    }

    @Test
    void everyControlIsReachedWithTabAndScrolledIntoView(FxRobot robot) {
        robot.clickOn("#nav-settings");
        click(robot, "#my-name");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80 && !reached.contains("data-folder"); i++) {
            robot.type(KeyCode.TAB);
            Node focused = app.stage.getScene().getFocusOwner();
            reached.add(focused.getId() == null ? focused.getClass().getSimpleName() : focused.getId());
        }
        assertThat(reached).as("a group of radio buttons is one stop").contains("worlds-separate",
                "linkedin-style-selective", "job-seeking", "get-to-know-days", "strong-interactions", "reply-window-days",
                "no-answer-days", "platform-name-linkedin", "platform-sphere-linkedin", "platform-hidden-linkedin",
                "platform-down-linkedin", "platform-up-business-page", "new-platform-name", "new-platform-sphere",
                "add-platform", "template-connection-note", "template-polite-decline", "theme-system", "data-folder");
        assertThat(robot.lookup("#settings").queryAs(ScrollPane.class).getVvalue()).as("scrolled down to the focused data folder").isGreaterThan(0.9);
        Screenshots.write(app.stage.getScene(), "settings-bottom");

        click(robot, "#worlds-separate").type(KeyCode.DOWN);
        assertThat(app.rules.settings().worlds()).as("arrow keys choose within a group").isEqualTo(Worlds.BLEND);
    }

    /** Brings a control into view the way Tab does, then clicks it: the page is longer than the window. */
    private FxRobotInterface click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    /** Replaces the text of a field, a text area or a spinner's editor with {@code text}. */
    private FxRobotInterface typeInto(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        return text.isEmpty() ? robot : robot.write(text);
    }

    /**
     * Opens a combo box's list with a click and picks {@code item}. The headless screen is 1000 pixels high and
     * breaks on a popup that does not fit, so the combo box is first scrolled to the top of the page.
     */
    private void choose(FxRobot robot, String comboId, String item) {
        scrollToTop(robot, comboId);
        click(robot, comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryAs(Node.class));
    }

    private static void scrollToTop(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#settings").queryAs(ScrollPane.class);
            Node content = page.getContent();
            double top = content.sceneToLocal(node.localToScene(0, 0)).getY() - 80;
            double range = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.clamp(top / range, 0, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shownError(FxRobot robot, String query) {
        Label error = robot.lookup(query).queryAs(Label.class);
        assertThat(error.isVisible()).as(query + " is shown").isTrue();
        return error.getText();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Spinner.class);
    }

    private String body(String templateId) {
        return app.rules.templates().stream().filter(t -> t.id().equals(templateId)).findFirst().orElseThrow().body();
    }
}
