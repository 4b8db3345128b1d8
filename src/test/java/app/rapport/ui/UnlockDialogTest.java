package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.store.Store;
import app.rapport.store.StoreKey;
import app.rapport.ui.startup.UnlockDialog;
import app.rapport.ui.startup.UnlockViewModel;

/** The unlock window at start-up, by keyboard: a wrong password, another try, and quitting. */
@ExtendWith(ApplicationExtension.class)
class UnlockDialogTest {

    @TempDir
    Path dir;
    final AtomicReference<Store> opened = new AtomicReference<>();
    final AtomicBoolean quit = new AtomicBoolean();
    UnlockDialog dialog;

    @Start
    void start(Stage stage) {
        // The dialog stands alone, as at start-up before any window exists.
    }

    private void showDialog(FxRobot robot) {
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }
        robot.interact(() -> {
            UnlockViewModel model = new UnlockViewModel(dir, password -> Store.open(dir, password),
                    TaskRunner.sameThread(), opened::set, damaged -> { });
            dialog = new UnlockDialog(new Stage(), model, () -> quit.set(true));
            dialog.show();
        });
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneOpens(FxRobot robot) {
        showDialog(robot);
        PasswordField password = robot.lookup("#unlock-password").queryAs(PasswordField.class);
        assertThat(password.isFocused()).as("typing can start at once").isTrue();
        assertThat(password.getAccessibleText()).isNotBlank();
        Screenshots.write(dialog.scene(), "unlock");

        robot.write("wrong horse").type(KeyCode.ENTER);
        Label problem = robot.lookup("#unlock-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("That is not the password. Check that Caps Lock is off, then try again.");
        assertThat(password.getText()).isEmpty();
        assertThat(opened.get()).isNull();
        Screenshots.write(dialog.scene(), "unlock-wrong-password");

        robot.write("correct horse").type(KeyCode.ENTER);
        assertThat(opened.get()).isNotNull();
        assertThat(quit.get()).isFalse();
        opened.get().close();
        robot.interact(dialog::close);
    }

    @Test
    void escapeQuits(FxRobot robot) {
        showDialog(robot);
        robot.type(KeyCode.ESCAPE);
        assertThat(quit.get()).isTrue();
        assertThat(opened.get()).isNull();
        robot.interact(dialog::close);
    }
}
