package app.rapport.ui.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.Screenshots;

/**
 * One dinner with two people, each picked by typing part of their name, in the real window on a real store. Any
 * window but the main one is closed before and after, so a dialog left open by another test cannot take the keys.
 */
@ExtendWith(ApplicationExtension.class)
class GroupInteractionFlowTest {

    private static final long WAIT_SECONDS = 20;

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().withSampleContacts();

    @BeforeEach
    void onlyTheMainWindowIsOpen(FxRobot robot) {
        closeOtherWindows(robot);
    }

    @AfterEach
    void closeWhatThisTestOpened(FxRobot robot) {
        closeOtherWindows(robot);
        robot.targetWindow(app.stage);
    }

    @Test
    void twoPeoplePickedByTypingShareOneInteraction(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-home");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> dialog(robot) != null);

        // Keys go to the robot's target window, which stays the main one unless told.
        robot.targetWindow(dialog(robot));
        // Nobody is in focus on Home, so "Who" is empty: a click opens its search, Enter takes the first match.
        robot.clickOn("#interaction-contact").write("lena").type(KeyCode.ENTER);
        waitUntil(() -> picked(robot, "#interaction-contact") != null);
        robot.targetWindow(dialog(robot));
        robot.clickOn("#interaction-add-person").write("okafor").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#interaction-also-with").lookup(".button").queryAll().size() == 1);
        Screenshots.write(dialog(robot).getScene(), "group-interaction");
        robot.clickOn("Save");
        waitUntil(() -> dialog(robot) == null);

        long lena = id("Lena M\u00fcller");
        long sam = id("Sam Okafor");
        List<Interaction> all = app.store.transact(tx -> tx.interactions().all());
        List<Interaction> samSaw = app.store.transact(tx -> tx.interactions().ofContact(sam));
        assertThat(all).singleElement()
                .satisfies(dinner -> assertThat(dinner.participants()).containsExactlyInAnyOrder(lena, sam));
        assertThat(samSaw).extracting(Interaction::id).containsExactly(all.getFirst().id());
    }

    private long id(String name) {
        return app.contacts.summaries().stream().filter(c -> c.displayName().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private static ContactSummary picked(FxRobot robot, String query) {
        return robot.lookup(query).<ComboBox<ContactSummary>>query().getValue();
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElse(null);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    // TestFX keeps one primary stage for all tests; every other window is something a test opened.
    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != app.stage)
                .forEach(w -> {
                    if (w instanceof Stage stage) {
                        stage.close();
                    } else {
                        w.hide();
                    }
                }));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
