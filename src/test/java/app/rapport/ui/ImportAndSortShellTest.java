package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.interchange.download.DownloadFixtures;

/** What the shell opens: a dropped platform download in its own import, and Sort from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ImportAndSortShellTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().withSampleContacts();

    @Test
    void aDroppedFacebookDownloadOpensTheDownloadsImportWithItsPreview(FxRobot robot) throws Exception {
        Path download = DownloadFixtures.folder("facebook-2024");

        Platform.runLater(() -> app.window.openImport(List.of(download)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#download-counts").tryQuery().isPresent());

        Node counts = robot.lookup("#download-counts").query();
        Screenshots.write(counts.getScene(), "download-import-from-drop");
        assertThat(robot.lookup("#import-wizard").tryQuery()).as("not the contacts wizard").isEmpty();
        Window downloads = counts.getScene().getWindow();
        robot.interact(() -> ((Stage) downloads).close());
    }

    @Test
    void ctrl7OpensSortOnTheUndecidedContacts(FxRobot robot) {
        robot.clickOn("#nav-home");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);

        assertThat(robot.lookup("#sort-progress").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-sort").queryAs(ToggleButton.class).isSelected()).isTrue();
        Screenshots.write(app.stage.getScene(), "sort-page");
    }
}
