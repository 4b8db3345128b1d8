package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * A contact's page opened from the keyboard takes the focus on Back, also the first time, when its header is on the
 * page only once the contact has been read in the background.
 */
@ExtendWith(ApplicationExtension.class)
class ContactPageFocusTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.storeOnly();

    private final HeldTasks later = new HeldTasks();
    private Button elsewhere;
    private ContactPageView page;

    @Start
    void start(Stage stage) {
        elsewhere = new Button("Elsewhere");
        stage.setScene(new Scene(new VBox(elsewhere), 900, 600));
        stage.show();
    }

    @Test
    void thePageHoldsTheFocusUntilItsHeaderShowsThenBackTakesIt(FxRobot robot) {
        Contact ada = app.add("Ada Lovelace", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        robot.interact(() -> {
            page = new ContactPageView(new ContactPageViewModel(app.services, later,
                    ChangeSignal.sameThread(app.services.changes())), new RecordingNavigator(), new ScriptedDialogs());
            ((VBox) elsewhere.getParent()).getChildren().add(page);
            elsewhere.requestFocus();
            page.show(ada.id());
            page.takeFocus();
        });
        assertThat(elsewhere.getScene().getFocusOwner()).as("not read yet: the page holds it").isSameAs(page);

        robot.interact(later::runAll);

        assertThat(elsewhere.getScene().getFocusOwner().getId()).isEqualTo(ContactHeader.BACK_ID);
    }
}
