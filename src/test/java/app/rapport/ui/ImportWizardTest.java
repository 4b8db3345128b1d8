package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.ContactSummary;
import app.rapport.ui.importer.ImportWizard;
import app.rapport.ui.importer.ImportWizardViewModel;
import app.rapport.ui.Page;

/** The import wizard in the real window: preview, import, a bad file left out, and Cancel keeping nothing. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    static Path fixture(String name) throws Exception {
        return Path.of(ImportWizardTest.class.getResource("/interchange/" + name).toURI());
    }

    @Test
    void previewThenImportLinkedInConnectionsAndLeaveABadFileOut(FxRobot robot) throws Exception {
        Path garbage = app.scratch().resolve("photo.csv");
        Files.write(garbage, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        // Contacts clicked in the sidebar, which keeps the focus there.
        robot.clickOn("#nav-contacts");
        List<Path> files = List.of(fixture("linkedin-2024/Connections.csv"), garbage);
        Platform.runLater(() -> app.window.openImport(files));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-problems").tryQuery()).isPresent();
        assertThat(((atlantafx.base.controls.Message) robot.lookup("#import-problems").query()).getDescription())
                .contains("photo.csv");
        String counts = robot.lookup("#import-counts").queryLabeled().getText();
        assertThat(counts).contains("new contacts").contains("rows skipped");
        assertThat(app.contacts.summaries()).as("a preview writes nothing").isEmpty();
        Screenshots.write(wizard(robot).getScene(), "import-preview");
        assertThat(robot.lookup("#import-details .scroll-bar").queryAllAs(ScrollBar.class))
                .filteredOn(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .as("a long note wraps rather than running off the edge").noneMatch(ScrollBar::isVisible);

        robot.clickOn("#import-start");
        assertThat(robot.lookup("#import-summary").queryLabeled().getText()).startsWith("Imported: ");
        Screenshots.write(wizard(robot).getScene(), "import-done");
        robot.clickOn("#import-close");

        assertThat(app.contacts.summaries()).extracting(ContactSummary::displayName).contains("Ada Lovelace",
                "Grace Hopper");
        assertThat(robot.lookup("#contacts-table").queryTableView().getItems()).isNotEmpty();
        assertThat(app.stage.getScene().getFocusOwner().getId()).as("not left on the sidebar's button")
                .isEqualTo("contact-search");
    }

    @Test
    void cancelDuringTheImportKeepsNothing(FxRobot robot) throws Exception {
        Path big = app.scratch().resolve("Connections.csv");
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Person,Number ").append(i).append(",https://www.linkedin.com/in/p").append(i)
                    .append(",,Company ").append(i % 97).append(",Role,12 Mar 2024\r\n");
        }
        Files.writeString(big, csv, StandardCharsets.UTF_8);
        BackgroundTaskRunner background = new BackgroundTaskRunner();
        ImportWizardViewModel model = new ImportWizardViewModel(app.services.imports(), background);
        robot.interact(() -> new ImportWizard(app.stage, model, () -> { }).show());
        robot.interact(() -> model.read(List.of(big)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.stepProperty().get() == ImportWizardViewModel.Step.PREVIEW);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#import-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.progressProperty().get() > 0);
        Screenshots.write(robot.lookup("#import-wizard").query().getScene(), "import-progress");
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.stepProperty().get() == ImportWizardViewModel.Step.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-summary").queryLabeled().getText())
                .isEqualTo("The import was cancelled. Nothing was imported.");
        assertThat(app.contacts.summaries()).isEmpty();
        background.close();
        robot.clickOn("#import-close");
    }

    private static Window wizard(FxRobot robot) {
        return robot.lookup("#import-wizard").query().getScene().getWindow();
    }
}
