package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.Screenshots;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;

/** The backups card after a restore: it says what was restored, and Undo puts the replaced data back. */
@ExtendWith(ApplicationExtension.class)
class RestoreUndoViewTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    BackupsViewModel model;
    final AtomicInteger reloads = new AtomicInteger();

    @Start
    void start(Stage stage) {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.systemDefaultZone());
        services.changes().subscribe(change -> {
            if (change.everything()) {
                reloads.incrementAndGet();
            }
        });
        model = new BackupsViewModel(services.backups(), TaskRunner.sameThread(), new ScriptedDialogs());
        StackPane root = new StackPane(new BackupsView(model));
        root.setStyle("-fx-padding: 16");
        Scene scene = new Scene(root, 720, 260);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void undoAfterARestoreBringsBackWhatItReplaced(FxRobot robot) {
        services.contacts().save(Contact.named("Ada Lovelace", null));
        Path older = services.backups().backup(dir.resolve("older.zip"));
        services.contacts().save(Contact.named("Grace Hopper", null));
        assertThat(robot.lookup("#restore-undo-bar").query().isVisible()).isFalse();

        // What the file chooser and the confirmation hand over.
        robot.interact(() -> model.restore(older));

        assertThat(names()).containsExactly("Ada Lovelace");
        assertThat(robot.lookup("#undo-restore-message").queryLabeled().getText()).isEqualTo("Restored older.zip.");
        Screenshots.write(robot.window(0).getScene(), "settings-restore-undo");

        robot.clickOn("#undo-restore");

        assertThat(names()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(robot.lookup("#backup-status").queryLabeled().getText())
                .isEqualTo("The restore of older.zip is undone: the 2 contacts from before it are back.");
        assertThat(robot.lookup("#restore-undo-bar").query().isVisible()).as("one undo, no undo of the undo")
                .isFalse();
        assertThat(reloads).hasValue(2);
    }

    private java.util.List<String> names() {
        return services.contacts().summaries().stream().map(ContactSummary::displayName).sorted().toList();
    }
}
