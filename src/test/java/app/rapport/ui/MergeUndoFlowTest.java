package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;
import app.rapport.ui.contacts.ContactRow;

/** A merge on the contacts page offers the same undo as an archive, and Ctrl+Z makes two contacts again. */
@ExtendWith(ApplicationExtension.class)
class MergeUndoFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void ctrlZAfterAMergeGivesBothContactsBackAsTheyWere(FxRobot robot) {
        app.addSampleContacts();
        Contact duplicate = app.add("Ada King", "", "", Category.UNDECIDED, Relationship.OTHER, List.of("countess"),
                "Met at the ball");
        app.services.interactions().log(new Interaction(null, duplicate.id(), RapportFixture.TODAY.minusDays(4),
                InteractionKind.PHONE_CALL, "About the engine"));
        Contact ada = app.contacts.summaries().stream().filter(s -> s.displayName().equals("Ada Lovelace"))
                .map(s -> app.contacts.get(s.id())).findFirst().orElseThrow();
        reload(robot);
        robot.clickOn("Ada King").press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.clickOn("#merge-contacts");
        robot.clickOn("Keep \u201cAda Lovelace\u201d");

        assertThat(names(robot)).hasSize(10).doesNotContain("Ada King");
        assertThat(robot.lookup("#undo-message").queryLabeled().getText())
                .isEqualTo("Merged Ada King into Ada Lovelace.");
        Screenshots.write(robot.window(0).getScene(), "contacts-merged-undo");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(names(robot)).hasSize(11).contains("Ada King", "Ada Lovelace");
        assertThat(app.contacts.get(duplicate.id())).isEqualTo(duplicate);
        assertThat(app.contacts.get(ada.id())).isEqualTo(ada);
        assertThat(app.services.readiness().forContact(duplicate.id()).interactions())
                .extracting(Interaction::notes).containsExactly("About the engine");
        assertThat(app.services.readiness().forContact(ada.id()).interactions()).isEmpty();
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isFalse();
    }

    @Test
    void anArchiveAfterAMergeReplacesTheMergesUndo(FxRobot robot) {
        app.addSampleContacts();
        app.add("Ada King", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        reload(robot);
        robot.clickOn("Ada King").press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.clickOn("#merge-contacts");
        robot.clickOn("Keep \u201cAda Lovelace\u201d");
        robot.clickOn("Grace Hopper").type(KeyCode.DELETE);

        assertThat(robot.lookup("#undo-message").queryLabeled().getText()).isEqualTo("Archived Grace Hopper.");
        robot.clickOn("#undo-archive");

        assertThat(names(robot)).hasSize(10).contains("Grace Hopper").doesNotContain("Ada King");
    }

    private static void reload(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(FxRobot robot) {
        TableView<ContactRow> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        return table.getItems().stream().map(row -> row.summary().displayName()).toList();
    }
}
