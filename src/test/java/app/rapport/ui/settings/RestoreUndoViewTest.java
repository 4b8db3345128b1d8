package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.Screenshots;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

/** The backups card after a restore: it says what was restored, and Undo puts the replaced data back. */
@ExtendWith(ApplicationExtension.class)
class RestoreUndoViewTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.storeOnly();
    BackupsViewModel model;
    final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void show() throws TimeoutException {
        app.services.changes().subscribe(change -> {
            if (change.everything()) {
                reloads.incrementAndGet();
            }
        });
        model = new BackupsViewModel(app.services.backups(), TaskRunner.sameThread(), new ScriptedDialogs());
        app.showAlone(() -> {
            StackPane root = new StackPane(new BackupsView(model));
            root.setStyle("-fx-padding: 16");
            return root;
        }, 720, 260);
    }

    @Test
    void undoAfterARestoreBringsBackWhatItReplaced(FxRobot robot) {
        app.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path older = app.services.backups().backup(app.scratch().resolve("older.zip"));
        app.services.contacts().save(Contact.named("Grace Hopper", null));
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
        return app.services.contacts().summaries().stream().map(ContactSummary::displayName).sorted().toList();
    }
}
