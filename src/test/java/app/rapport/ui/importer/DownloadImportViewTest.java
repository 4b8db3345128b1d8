package app.rapport.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.Screenshots;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeManager;

/** The download path in a real scene: the preview, the picker for an ambiguous row, import, undo. */
@ExtendWith(ApplicationExtension.class)
class DownloadImportViewTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    DownloadImportViewModel model;
    final HoldingTasks tasks = new HoldingTasks();
    long jane2;
    long grace;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        add("Jane Doe", "jane@work.example");
        jane2 = add("Doe Jane", "jane@home.example");
        add("Ada Lovelace", "ada@example.com");
        grace = add("Grace Hopper", "grace.h@navy.example");
        model = new DownloadImportViewModel(services.downloads(), services.preferences(), services.contacts(), tasks);
        Scene scene = new Scene(new DownloadImportView(model, stage::close));
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Runs each task at once on the calling thread, unless told to hold the next one until {@link #release}. */
    static final class HoldingTasks implements TaskRunner {
        private boolean holdNext;
        private Runnable held;

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Runnable task = () -> TaskRunner.sameThread().run(work, onSuccess, onFailure);
            if (holdNext) {
                holdNext = false;
                held = task;
            } else {
                task.run();
            }
        }

        void holdNext() {
            holdNext = true;
        }

        void release() {
            Runnable task = held;
            held = null;
            task.run();
        }
    }

    private long add(String name, String email) {
        return store.transact(tx -> tx.contacts().insert(Contact.builder().displayName(name).emails(List.of(email))
                .addedOn(LocalDate.of(2025, 1, 1)).build()));
    }

    private java.util.Optional<app.rapport.domain.Link> janesFacebookLink() {
        return store.transact(tx -> tx.links().find(jane2, "facebook"));
    }

    private static TextField searchFor(FxRobot robot, String shown) {
        return robot.lookup((TextField field) -> ("Search a contact for " + shown).equals(field.getAccessibleText()))
                .queryAs(TextField.class);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void previewPickImportAndUndo(FxRobot robot) throws Exception {
        Screenshots.write(robot.window(0).getScene(), "download-import-choose");
        List<Path> paths = List.of(DownloadFixtures.zip("facebook-2024", dir),
                DownloadFixtures.folder("calendars").resolve("google.ics"));
        robot.interact(() -> model.read(paths));

        assertThat(robot.lookup("#download-counts .label").queryAllAs(Label.class))
                .extracting(DownloadImportViewTest::text)
                .anyMatch(text -> text.startsWith("Facebook download: 2 connected"))
                .anyMatch(text -> text.startsWith("Calendar: "));
        Screenshots.write(robot.window(0).getScene(), "download-import-preview");

        ComboBox<?> picker = robot.lookup("#download-ambiguous .combo-box").queryAs(ComboBox.class);
        robot.clickOn(picker);
        Screenshots.write(robot.window(0).getScene(), "download-import-picker");
        robot.clickOn("Doe Jane");
        // The open list is a popup window of its own, which a scene snapshot does not show: show the choice made.
        Screenshots.write(robot.window(0).getScene(), "download-import-picked");

        assertThat(robot.lookup("#download-counts .label").queryAllAs(Label.class))
                .extracting(DownloadImportViewTest::text)
                .anyMatch(text -> text.startsWith("Facebook download: 3 connected"));
        robot.clickOn("#download-start");

        assertThat(robot.lookup("#download-summary").queryLabeled().getText()).startsWith("Imported.");
        assertThat(robot.lookup("#download-result .label").queryAllAs(Label.class))
                .extracting(DownloadImportViewTest::text)
                .contains("Facebook download: 3 connected \u00b7 1 request sent \u00b7 1 request received \u00b7 4 new "
                        + "contacts to sort \u00b7 5 request-ledger entries")
                .anyMatch(text -> text.startsWith("Calendar: ") && text.contains(" meetings in person"));
        assertThat(janesFacebookLink().orElseThrow().state())
                .isEqualTo(LinkState.CONNECTED);
        Screenshots.write(robot.window(0).getScene(), "download-import-done");
        assertThat(robot.lookup("#download-undoing").query().isVisible()).isFalse();

        tasks.holdNext();
        robot.clickOn("#download-undo");
        assertThat(robot.lookup("Undoing the import").tryQuery()).as("the title while it runs").isPresent();
        assertThat(robot.lookup("#download-undoing").query().isVisible()).isTrue();
        assertThat(robot.lookup("#download-close").queryButton().isDisabled()).as("not closed under the undo")
                .isTrue();
        assertThat(robot.lookup("#download-undo").queryButton().isVisible()).isFalse();
        assertThat(model.mayClose()).as("nor by the window's own close").isFalse();
        Screenshots.write(robot.window(0).getScene(), "download-import-undoing");
        robot.interact(tasks::release);

        assertThat(janesFacebookLink()).isEmpty();
        assertThat(robot.lookup("#download-summary").queryLabeled().getText()).startsWith("Undone");
        assertThat(robot.lookup("#download-undoing").query().isVisible()).isFalse();
        assertThat(robot.lookup("#download-close").queryButton().isDisabled()).isFalse();
        assertThat(model.mayClose()).isTrue();
    }

    @Test
    void anUnmatchedAttendeeIsLinkedByTypingInItsSearchFieldAndPressingEnter(FxRobot robot) throws Exception {
        robot.interact(() -> model.read(List.of(DownloadFixtures.folder("calendars").resolve("google.ics"))));
        // Grace's calendar address is not the one her contact carries.
        robot.clickOn(searchFor(robot, "grace@example.com")).write("hopp").type(KeyCode.ENTER);

        assertThat(robot.lookup("#download-start").queryButton().getScene()).as("still the preview").isNotNull();
        ComboBox<?> picker = robot.lookup((ComboBox<?> box) -> "Link grace@example.com to"
                .equals(box.getAccessibleText())).queryAs(ComboBox.class);
        assertThat(picker.getValue()).hasToString("Grace Hopper");
        // Down opens the list of everyone found, to pick another with the arrow keys and Enter.
        robot.clickOn(searchFor(robot, "alan@example.com")).write("lo").type(KeyCode.DOWN).type(KeyCode.DOWN)
                .type(KeyCode.ENTER);
        assertThat(robot.lookup((ComboBox<?> box) -> "Link alan@example.com to".equals(box.getAccessibleText()))
                .queryAs(ComboBox.class).getValue()).hasToString("Ada Lovelace");
        Screenshots.write(robot.window(0).getScene(), "download-import-linked-by-search");
        robot.clickOn("#download-start");

        List<Interaction> gracesDays = store.transact(tx -> tx.interactions().ofContact(grace));
        assertThat(gracesDays).extracting(i -> i.on() + " " + i.kind()).containsExactly("2024-03-02 IN_PERSON");
        assertThat(robot.lookup("#download-result .label").queryAllAs(Label.class))
                .extracting(DownloadImportViewTest::text)
                .anyMatch(text -> text.startsWith("Calendar: ") && text.contains(" meetings in person"));
        Screenshots.write(robot.window(0).getScene(), "download-import-done-per-platform");
    }

    /** A line's words as the user reads them; the view keeps each part's words together with no-break spaces. */
    private static String text(Label line) {
        return line.getText().replace('\u00a0', ' ');
    }
}
