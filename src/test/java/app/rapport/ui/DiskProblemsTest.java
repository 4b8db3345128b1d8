package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.ContactSummary;
import app.rapport.store.Store;
import app.rapport.store.StoreDiskFullException;
import app.rapport.store.StoreException;
import app.rapport.store.TestFileSystem;

/**
 * A full disk or a read-only data folder, as the user meets them: a plain message that says what happened and
 * what to do, what was typed kept, and the app going on once there is room again.
 */
@ExtendWith(ApplicationExtension.class)
class DiskProblemsTest {

    private static final String DISK_FULL = "Rapport could not save: the disk holding %s is full. Nothing was "
            + "changed; free some space and try again.";

    @RegisterExtension
    final RapportFixture app = RapportFixture.window().around(TestFileSystem::useForNewStores, TestFileSystem::reset);

    @Test
    void aFullDiskWhileSavingAContactSaysSoInTheFormAndKeepsWhatWasTyped(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#contact-name").write("Ada Lovelace");

        TestFileSystem.fillDisk();
        robot.clickOn("Save");

        assertThat(robot.listWindows()).as("the form stays open").hasSize(2);
        Label formError = robot.lookup("#error-form").queryAs(Label.class);
        assertThat(formError.isVisible()).isTrue();
        assertThat(formError.getText()).isEqualTo(DISK_FULL.formatted(app.dataDir()));
        Screenshots.write(formWindow(robot).getScene(), "contact-form-disk-full");

        TestFileSystem.freeDisk();
        List<ContactSummary> stored = app.contacts.summaries();
        assertThat(stored).as("nothing half-saved").isEmpty();
        robot.clickOn("Save");
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(app.contacts.summaries()).extracting(ContactSummary::displayName).containsExactly("Ada Lovelace");
    }

    @Test
    void aDataFolderThatCannotBeWrittenGetsItsOwnStartupDialog(FxRobot robot) {
        Path other = app.scratch().resolve("other");
        Store.open(other).close();
        TestFileSystem.makeReadOnly();
        StoreException problem = catchThrowableOfType(StoreException.class, () -> Store.open(other));

        robot.interact(() -> StartupProblem.dialog(problem).show());
        DialogPane pane = robot.lookup("#startup-problem").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Rapport cannot write in its data folder");
        assertThat(pane.getContentText()).startsWith("Rapport cannot write in its data folder " + other
                + ": it is read-only.").contains("--data-dir").doesNotContain("Exception");
        Screenshots.write(pane.getScene(), "startup-read-only");
        robot.clickOn("OK");
    }

    @Test
    void aFullDiskAtStartHasItsOwnHeadline() {
        assertThat(StartupProblem.headline(new StoreDiskFullException(app.scratch(), null))).isEqualTo("The disk is full");
    }

    @Test
    void aFullDiskReachingTheLastSafetyNetIsNotCalledUnexpected(FxRobot robot) {
        Path data = app.dataDir();
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = UnexpectedErrors.alertFor(new IllegalStateException(new StoreDiskFullException(data, null)));
            alert[0].show();
        });
        DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Rapport could not save");
        assertThat(pane.getContentText()).isEqualTo(DISK_FULL.formatted(data));
        Screenshots.write(pane.getScene(), "disk-full-alert");
        robot.clickOn("OK");
        assertThat(alert[0].isShowing()).isFalse();
    }

    private static Window formWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(window -> window.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow();
    }
}
