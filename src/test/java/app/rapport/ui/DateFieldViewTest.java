package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A date field in a real scene: ISO is read, and a date that is not one is an error at the field, kept as typed. */
@ExtendWith(ApplicationExtension.class)
class DateFieldViewTest {

    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = DateFields.install(new DatePicker(LocalDate.of(2026, 1, 1)));
        picker.setId("date");
        stage.setScene(new Scene(new VBox(picker, new TextField()), 400, 200));
        stage.show();
    }

    @Test
    void readsIsoAndMarksWhatItCannotRead(FxRobot robot) {
        type(robot, "2026-03-20");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(DateFields.error(picker)).isNull();

        type(robot, "2026-02-31");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue()).as("the last good date stays").isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(DateFields.error(picker)).startsWith("\u201c2026-02-31\u201d is not a date.");
        assertThat(picker.getEditor().getText()).as("kept as typed, not reverted").isEqualTo("2026-02-31");
        assertThat(picker.getPseudoClassStates()).extracting(Object::toString).contains("danger");

        type(robot, "2026-04-01");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DateFields.error(picker)).isNull();
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> {
            picker.getEditor().setText(text);
            picker.requestFocus();
        });
        robot.clickOn("#date .text-field").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
