package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Category;
import app.rapport.domain.Relationship;

/**
 * The sibling of {@link ElidedTextTest} for the app's own dialogs: each is opened from the window at its default
 * size, with the sample data, in light and in dark, and no text in it may be cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class DialogElidedTextTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "DARK"})
    void noDialogCutsItsText(ThemeChoice theme, FxRobot robot) {
        long jane = app.add("Jane Miller", "Northwind", "Recruiter lead", Category.PROFESSIONAL,
                Relationship.NETWORKING_CONTACT, List.of(), "").id();
        robot.interact(() -> {
            app.services.sampleData().load();
            app.theme.choiceProperty().set(theme);
            app.stage.setWidth(1200);
            app.stage.setHeight(760);
        });
        List<String> cut = new ArrayList<>();
        String suffix = "-" + theme.name().toLowerCase();

        robot.interact(() -> app.window.open(Page.HOME));
        cut.addAll(check(robot, "#remove-sample-data", "confirm-remove-sample" + suffix));
        robot.interact(() -> app.window.open(Page.CONTACTS));
        cut.addAll(check(robot, "#new-contact", "contact-form" + suffix));
        robot.interact(() -> app.window.openContact(jane, null));
        cut.addAll(check(robot, "#log-interaction-button", "log-interaction" + suffix));
        cut.addAll(check(robot, "#vouch-linkedin", "vouch" + suffix));
        robot.interact(() -> app.window.open(Page.FOLLOW_UPS));
        cut.addAll(check(robot, "#new-follow-up", "manual-follow-up" + suffix));
        robot.interact(() -> app.window.open(Page.SETTINGS));
        cut.addAll(check(robot, "#protect-password", "password" + suffix));
        robot.interact(() -> app.window.open(Page.CONTACTS));
        cut.addAll(check(robot, "#import-contacts", "import-wizard" + suffix));
        cut.addAll(checkDownloads(robot, "download-import" + suffix));

        assertThat(cut).as("texts cut to \u201c\u2026\u201d in dialogs, %s", theme).isEmpty();
    }

    /** Fires the button that opens a dialog, checks the dialog and writes its picture, then closes it. */
    private List<String> check(FxRobot robot, String opener, String name) {
        Set<Window> before = Set.copyOf(Window.getWindows());
        ButtonBase button = robot.lookup(opener).queryAs(ButtonBase.class);
        // Later: the dialog waits for an answer, and the robot must be free to look at it meanwhile.
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).findFirst()
                .orElseThrow(() -> new AssertionError(opener + " opened no window"));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(ElidedTextTest.elided(dialog.getScene(), name)));
        Screenshots.write(dialog.getScene(), "dialog-" + name);
        robot.interact(() -> ((Stage) dialog).close());
        return cut;
    }

    /** The platform downloads' first step, opened from the import wizard as a user would. */
    private List<String> checkDownloads(FxRobot robot, String name) {
        Set<Window> before = Set.copyOf(Window.getWindows());
        Platform.runLater(() -> app.window.openImport(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        Window wizard = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).findFirst()
                .orElseThrow();
        Node downloads = wizard.getScene().lookup("#import-downloads");
        Set<Window> withWizard = Set.copyOf(Window.getWindows());
        Platform.runLater(((ButtonBase) downloads)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> !withWizard.contains(w) && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no downloads window"));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(ElidedTextTest.elided(dialog.getScene(), name)));
        Screenshots.write(dialog.getScene(), "dialog-" + name);
        robot.interact(() -> {
            ((Stage) dialog).close();
            ((Stage) wizard).close();
        });
        return cut;
    }
}
