package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.ui.Page;

/** The sidebar pages, the theme switch and the remembered window bounds, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ShellAndSettingsTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void everyPageOpensFromTheKeyboardAndSaysWhatItHolds(FxRobot robot) {
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(page.shortcutDigit()));
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            ToggleButton nav = robot.lookup("#nav-" + page.name().toLowerCase().replace('_', '-')).queryAs(ToggleButton.class);
            assertThat(nav.isSelected()).as(page.label()).isTrue();
            assertThat(nav.getTooltip().getText()).contains("Ctrl+" + page.shortcutDigit());
            Screenshots.write(app.stage.getScene(), "page-" + page.name().toLowerCase());
        }
        robot.clickOn("#nav-readiness");
        assertThat(robot.lookup("#readiness-table").tryQuery()).isPresent();
        robot.clickOn("#nav-collisions");
        assertThat(robot.lookup("#collision-count").tryQuery()).isPresent();
        robot.clickOn("#nav-contacts");
        assertThat(robot.lookup("#contacts-table").tryQuery()).isPresent();
    }

    @Test
    void darkThemeIsAppliedAndRemembered(FxRobot robot) {
        app.addSampleContacts();
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#data-folder").queryAs(TextField.class).getText()).isEqualTo(app.dataDir().toString());
        // The page is longer than the window: move the focus there first, the page scrolls after it.
        robot.interact(() -> robot.lookup("#theme-dark").query().requestFocus());
        robot.clickOn("#theme-dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.stylesheet(true));
        assertThat(app.stage.getScene().getRoot().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("dark"));
        assertThat(app.preferences.get(ThemeManager.PREFERENCE)).contains("DARK");
        Screenshots.write(app.stage.getScene(), "settings-dark");
        robot.clickOn("#nav-contacts");
        Screenshots.write(app.stage.getScene(), "contacts-dark");

        robot.interact(() -> assertThat(new ThemeManager(app.preferences).choiceProperty().get())
                .as("the next start").isEqualTo(ThemeChoice.DARK));
        robot.clickOn("#nav-settings").interact(() -> robot.lookup("#theme-light").query().requestFocus());
        robot.clickOn("#theme-light");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.stylesheet(false));
        assertThat(app.stage.getScene().getRoot().getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("dark"));
        Screenshots.write(app.stage.getScene(), "settings");
    }

    @Test
    void windowBoundsAreSavedOnCloseAndRestoredNextTime(FxRobot robot) {
        robot.interact(() -> {
            app.stage.setX(40);
            app.stage.setY(30);
            app.stage.setWidth(1000);
            app.stage.setHeight(700);
            app.stage.fireEvent(new WindowEvent(app.stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(app.preferences.get(WindowStateKeeper.PREFERENCE)).contains("40.0,30.0,1000.0,700.0,0");

        robot.interact(() -> {
            Stage next = new Stage();
            new WindowStateKeeper(app.preferences).restore(next);
            assertThat(next.getX()).isEqualTo(40);
            assertThat(next.getY()).isEqualTo(30);
            assertThat(next.getWidth()).isEqualTo(1000);
            assertThat(next.getHeight()).isEqualTo(700);
        });
    }

    @Test
    void boundsThatAreOffEveryScreenAreIgnored(FxRobot robot) {
        app.preferences.put(WindowStateKeeper.PREFERENCE, "-30000.0,-30000.0,1000.0,700.0,0");
        robot.interact(() -> {
            Stage next = new Stage();
            new WindowStateKeeper(app.preferences).restore(next);
            assertThat(next.getWidth()).isEqualTo(1200);
            assertThat(next.getX()).isGreaterThan(-30000);
        });
    }
}
