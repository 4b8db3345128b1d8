package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;
import app.rapport.ui.RapportFixture;

/** Ctrl+Z on the Settings page undoes the last restore, as the Undo under the backups card does. */
@ExtendWith(ApplicationExtension.class)
class RestoreUndoShortcutTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void controlZOnTheSettingsPageUndoesTheLastRestore(FxRobot robot) {
        app.add("Ada Lovelace", "", "", Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), "");
        Path older = app.services.backups().backup(app.scratch().resolve("older.zip"));
        app.add("Grace Hopper", "", "", Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), "");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        BackupsView card = robot.lookup(node -> node instanceof BackupsView).queryAs(BackupsView.class);
        robot.interact(() -> card.model().restore(older));
        assertThat(names()).containsExactly("Ada Lovelace");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(names()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(robot.lookup("#backup-status").queryLabeled().getText())
                .isEqualTo("The restore of older.zip is undone: the 2 contacts from before it are back.");
    }

    private List<String> names() {
        return app.services.contacts().summaries().stream().map(ContactSummary::displayName).sorted().toList();
    }
}
