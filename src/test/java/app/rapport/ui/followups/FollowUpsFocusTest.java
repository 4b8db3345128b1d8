package app.rapport.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.HeldTasks;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.RecordingNavigator;
import app.rapport.ui.ScriptedDialogs;

/**
 * The follow-ups page asked for the keyboard (Ctrl+4) before its queue has been read, as just after start-up: the
 * first follow-up gets it once the queue shows, not the button above the queue that held it meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpsFocusTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.storeOnly();

    private final HeldTasks later = new HeldTasks();
    private VBox root;
    private FollowUpsView page;

    @Start
    void start(Stage stage) {
        root = new VBox(new Button("Elsewhere"));
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @Test
    void theFirstFollowUpTakesTheKeyboardOnceTheQueueIsRead(FxRobot robot) {
        long id = planOne();
        open(robot);
        assertThat(focusOwner().getId()).as("nothing to focus in the queue yet").isEqualTo("export-calendar");

        robot.interact(later::runAll);

        assertThat(focusOwner().getId()).isEqualTo("follow-up-link-" + id);
    }

    @Test
    void aButtonTheUserMovedToMeanwhileKeepsTheKeyboard(FxRobot robot) {
        planOne();
        open(robot);
        robot.interact(() -> page.lookup("#new-follow-up").requestFocus());

        robot.interact(later::runAll);

        assertThat(focusOwner().getId()).isEqualTo("new-follow-up");
    }

    private long planOne() {
        Contact ada = app.add("Ada Lovelace", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        return app.services.followUps().createManual(ada.id(), null, "Send Ada the paper", "",
                app.services.today()).id();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            page = new FollowUpsView(new FollowUpsViewModel(app.services, later, new ScriptedDialogs(),
                    ChangeSignal.sameThread(app.services.changes())), new RecordingNavigator(), new ScriptedDialogs());
            root.getChildren().add(page);
            page.takeFocus();
        });
    }

    private Node focusOwner() {
        return root.getScene().getFocusOwner();
    }
}
