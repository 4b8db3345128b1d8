package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Relationship;

/** The log is for what the program did, never for whom: no names, notes or emails end up in it. */
@ExtendWith(ApplicationExtension.class)
class LogPrivacyTest {

    static final String NAME = "Zebulon Quartermaine";
    static final String NOTE = "xylophone-confidential-note";
    static final String EMAIL = "zebulon.q@private.example";

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void aFullSessionLeavesNoContactDataInTheLog(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#contact-name").write(NAME);
        robot.clickOn("#contact-emails").write(EMAIL);
        robot.clickOn("Save");
        app.add("Other Person", "", "", Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), NOTE);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn(NAME).type(KeyCode.ENTER);
        robot.clickOn("#action-facebook-request_received");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(NAME).type(KeyCode.DELETE);
        app.store.close();
        robot.clickOn("Other Person").type(KeyCode.DELETE);

        Path log = Path.of("target/test.log");
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).as("the session did log").isNotBlank();
        assertThat(text).doesNotContain(NAME).doesNotContain("Zebulon").doesNotContain(NOTE)
                .doesNotContain(EMAIL);
    }
}
