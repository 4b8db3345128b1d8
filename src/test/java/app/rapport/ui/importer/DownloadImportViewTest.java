package app.rapport.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.Screenshots;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;

/** The download path in a real scene: the preview, the picker for an ambiguous row, import, undo. */
@ExtendWith(ApplicationExtension.class)
class DownloadImportViewTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    DownloadImportViewModel model;
    long jane2;

    @Start
    void start(Stage stage) {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        add("Jane Doe", "jane@work.example");
        jane2 = add("Doe Jane", "jane@home.example");
        add("Ada Lovelace", "ada@example.com");
        add("Grace Hopper", "grace.h@navy.example");
        model = new DownloadImportViewModel(services.downloads(), services.preferences(), services.contacts(),
                TaskRunner.sameThread());
        Scene scene = new Scene(new DownloadImportView(model, stage::close));
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private long add(String name, String email) {
        return store.transact(tx -> tx.contacts().insert(Contact.builder().displayName(name).emails(List.of(email))
                .addedOn(LocalDate.of(2025, 1, 1)).build()));
    }

    private java.util.Optional<app.rapport.domain.Link> janesFacebookLink() {
        return store.transact(tx -> tx.links().find(jane2, "facebook"));
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

        assertThat(robot.lookup("#download-counts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("Facebook download: 2 connected"))
                .anyMatch(text -> text.startsWith("Calendar: "));
        Screenshots.write(robot.window(0).getScene(), "download-import-preview");

        ComboBox<?> picker = robot.lookup("#download-ambiguous .combo-box").queryAs(ComboBox.class);
        robot.clickOn(picker);
        Screenshots.write(robot.window(0).getScene(), "download-import-picker");
        robot.clickOn("Doe Jane");
        // The open list is a popup window of its own, which a scene snapshot does not show: show the choice made.
        Screenshots.write(robot.window(0).getScene(), "download-import-picked");

        assertThat(robot.lookup("#download-counts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("Facebook download: 3 connected"));
        robot.clickOn("#download-start");

        assertThat(robot.lookup("#download-summary").queryLabeled().getText()).startsWith("Imported: ");
        assertThat(janesFacebookLink().orElseThrow().state())
                .isEqualTo(LinkState.CONNECTED);
        Screenshots.write(robot.window(0).getScene(), "download-import-done");
        robot.clickOn("#download-undo");
        assertThat(janesFacebookLink()).isEmpty();
        assertThat(robot.lookup("#download-summary").queryLabeled().getText()).startsWith("Undone");
    }
}
