package app.rapport.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.BackgroundTaskRunner;
import app.rapport.ui.HeldWatch;
import app.rapport.ui.Screenshots;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.ThemeManager;

/**
 * Cancel pressed while the import runs, in a real scene, with the import on a real background thread: the
 * test holds it at its first step, after the new contacts are written in its transaction, presses Cancel,
 * and lets it go on.
 */
@ExtendWith(ApplicationExtension.class)
class DownloadImportCancelTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;
    Store store;
    BackgroundTaskRunner tasks;
    DownloadImportViewModel model;
    // Held at the first step the import reports.
    final HeldWatch watch = new HeldWatch((step, done, total) -> true, "people");

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
        store = Store.open(dir.resolve("data"));
        Services services = Services.over(store, Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        store.transactVoid(tx -> tx.contacts().insert(Contact.builder().displayName("Ada Lovelace")
                .emails(List.of("ada@example.com")).addedOn(LocalDate.of(2025, 1, 1)).build()));
        tasks = new BackgroundTaskRunner();
        model = new DownloadImportViewModel(services.downloads(), services.preferences(), services.contacts(), tasks,
                watch);
        Scene scene = new Scene(new DownloadImportView(model, stage::close));
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        watch.hold.release();
        tasks.close();
        store.close();
    }

    @Test
    void cancelWhileImportingStopsItAndLeavesNothingOfItInTheStore(FxRobot robot) throws Exception {
        CountDownLatch previewed = reached(robot, DownloadImportViewModel.Step.PREVIEW);
        List<Path> paths = List.of(DownloadFixtures.zip("facebook-2024", dir),
                DownloadFixtures.folder("calendars").resolve("google.ics"));
        robot.interact(() -> model.read(paths));
        assertThat(previewed.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the preview").isTrue();
        String before = contents();

        robot.clickOn("#download-start");
        assertThat(watch.hold.reached()).as("the import under way").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#download-progress-text").queryLabeled().getText())
                .matches("Importing\u2026 0 of \\d+ people");
        Screenshots.write(robot.window(0).getScene(), "download-import-importing");
        CountDownLatch done = reached(robot, DownloadImportViewModel.Step.DONE);
        robot.clickOn("#download-cancel");
        watch.hold.release();

        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the import ended").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Import cancelled").tryQuery()).isPresent();
        assertThat(robot.lookup("#download-summary").queryLabeled().getText())
                .isEqualTo("The import was cancelled. Nothing was imported.");
        assertThat(robot.lookup("#download-undo").queryButton().isVisible()).isFalse();
        assertThat(model.importedSomething()).isFalse();
        assertThat(contents()).isEqualTo(before);
        Screenshots.write(robot.window(0).getScene(), "download-import-cancelled");
    }

    @Test
    void closingTheWindowWhileImportingKeepsItOpenAndCancelsTheImport(FxRobot robot) throws Exception {
        CountDownLatch previewed = reached(robot, DownloadImportViewModel.Step.PREVIEW);
        List<Path> paths = List.of(DownloadFixtures.zip("facebook-2024", dir));
        robot.interact(() -> model.read(paths));
        assertThat(previewed.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the preview").isTrue();
        String before = contents();
        robot.clickOn("#download-start");
        assertThat(watch.hold.reached()).as("the import under way").isTrue();
        CountDownLatch done = reached(robot, DownloadImportViewModel.Step.DONE);

        AtomicBoolean mayClose = new AtomicBoolean(true);
        robot.interact(() -> mayClose.set(model.mayClose()));
        watch.hold.release();

        assertThat(mayClose).as("the window stays, to say how the import ended").isFalse();
        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the import ended").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Import cancelled").tryQuery()).isPresent();
        assertThat(contents()).isEqualTo(before);
        robot.interact(() -> mayClose.set(model.mayClose()));
        assertThat(mayClose).as("and may close once it has").isTrue();
    }

    private CountDownLatch reached(FxRobot robot, DownloadImportViewModel.Step step) {
        CountDownLatch reached = new CountDownLatch(1);
        robot.interact(() -> model.stepProperty().addListener((obs, old, now) -> {
            if (now == step) {
                reached.countDown();
            }
        }));
        return reached;
    }

    /** Every contact, link and interaction in the store, in words. */
    private String contents() {
        return store.transact(tx -> tx.contacts().allFull().stream().map(Contact::displayName).sorted().toList()
                + " " + tx.links().all().stream().map(Object::toString).sorted().toList()
                + " " + tx.interactions().all().stream().map(i -> i.contactId() + " " + i.on() + " " + i.kind())
                        .sorted(Comparator.naturalOrder()).toList());
    }
}
