package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import atlantafx.base.theme.PrimerLight;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.store.Store;
import app.rapport.store.StoreException;

/** A second Rapport on the same data gets a plain dialog in Rapport's own look, not a stack trace. */
@ExtendWith(ApplicationExtension.class)
class StartupProblemTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The dialog stands alone, as at start-up before any window exists.
    }

    @Test
    void aSecondInstanceSaysRapportIsAlreadyOpen(FxRobot robot) {
        try (Store first = Store.open(dir)) {
            StoreException problem = catchThrowableOfType(StoreException.class, () -> Store.open(dir));
            Alert[] shown = new Alert[1];
            robot.interact(() -> {
                shown[0] = StartupProblem.dialog(problem);
                shown[0].show();
            });
            DialogPane pane = robot.lookup("#startup-problem").queryAs(DialogPane.class);
            assertThat(pane.getHeaderText()).isEqualTo("Rapport is already open");
            assertThat(pane.getContentText()).contains("Rapport is already open on " + dir)
                    .contains("Switch to the open window").doesNotContain("Exception");
            assertThat(pane.getScene().getUserAgentStylesheet()).as("the AtlantaFX theme, not JavaFX's own")
                    .isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
            assertThat(pane.getStylesheets()).as("the app's stylesheet, as every dialog has")
                    .anyMatch(sheet -> sheet.endsWith(Stylesheets.APP));
            Screenshots.write(pane.getScene(), "startup-already-open");
            robot.clickOn("OK");
            assertThat(shown[0].isShowing()).isFalse();
        }
    }
}
