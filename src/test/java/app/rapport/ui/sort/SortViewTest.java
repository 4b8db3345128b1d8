package app.rapport.ui.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.Screenshots;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;

/** Sorting by keyboard only, on a real store and a real scene. */
@ExtendWith(ApplicationExtension.class)
class SortViewTest {

    @TempDir
    Path dir;
    Store store;
    Services services;

    @Start
    void start(Stage stage) {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(RapportFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        long ana = services.contacts().save(Contact.builder().displayName("Ana Lima").organization("Acme")
                .role("Analyst").emails(List.of("ana@acme.example")).howWeMet("Regional meetup").build()).id();
        services.links().changeState(ana, "linkedin", LinkState.CONNECTED);
        services.links().changeState(ana, "x", LinkState.REQUEST_SENT);
        services.interactions().log(new Interaction(null, ana, RapportFixture.TODAY.minusDays(3),
                InteractionKind.COFFEE_OR_MEAL, ""));
        for (String name : List.of("Bo Berg", "Cy Cho")) {
            services.contacts().save(Contact.builder().displayName(name)
                    .emails(List.of(name.split(" ")[0].toLowerCase() + "@gmail.com")).build());
        }
        services.contacts().save(Contact.named("Dee Dunn", null));
        SortViewModel model = new SortViewModel(services.sort(), TaskRunner.sameThread());
        SortView view = new SortView(model);
        Scene scene = new Scene(view, 900, 480);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
        model.load();
        view.requestFocus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Contact contact(String name) {
        return services.contacts().summaries().stream().filter(c -> c.displayName().equals(name)).findFirst()
                .map(c -> Contact.builder().category(c.category()).relationship(c.relationship()).build())
                .orElseThrow();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void sortsFourPeopleByKeyboardOnly(FxRobot robot) {
        assertThat(text(robot, "#sort-name")).isEqualTo("Ana Lima");
        assertThat(text(robot, "#sort-suggestion")).contains("Professional",
                "a LinkedIn connection, not on your personal platforms");
        assertThat(text(robot, "#sort-progress")).isEqualTo("0 of 4 sorted");
        assertThat(robot.lookup("#sort-facts").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Platforms: LinkedIn (connected), X/Twitter (request sent)",
                        "Last interactions: Coffee or meal on Nov 20, 2026");
        Screenshots.write(robot.window(0).getScene(), "sort-first-contact");

        robot.type(KeyCode.W);
        assertThat(text(robot, "#sort-keys")).isEqualTo("Professional, and the relationship?");
        assertThat(robot.lookup("#sort-relationship-colleague").queryButton().getText()).isEqualTo("Colleague (C)");
        Screenshots.write(robot.window(0).getScene(), "sort-relationship-keys");
        robot.type(KeyCode.C);
        assertThat(contact("Ana Lima").category()).isEqualTo(Category.PROFESSIONAL);
        assertThat(contact("Ana Lima").relationship()).isEqualTo(Relationship.COLLEAGUE);

        assertThat(text(robot, "#sort-name")).isEqualTo("Bo Berg");
        robot.type(KeyCode.ENTER);
        assertThat(contact("Bo Berg").category()).isEqualTo(Category.PERSONAL);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(contact("Bo Berg").category()).isEqualTo(Category.UNDECIDED);
        assertThat(text(robot, "#sort-progress")).isEqualTo("1 of 4 sorted");

        robot.type(KeyCode.S);
        assertThat(text(robot, "#sort-name")).isNotEqualTo("Bo Berg");
        robot.type(KeyCode.B);
        robot.type(KeyCode.P).type(KeyCode.F);
        assertThat(text(robot, "#sort-progress")).isEqualTo("3 of 4 sorted");
        Screenshots.write(robot.window(0).getScene(), "sort-after-steps");
    }

    @Test
    void onceEveryoneIsSortedTheKeysLineSaysWhoComesHereAndHowToTakeTheLastBack(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.B);
        }

        assertThat(text(robot, "#sort-name")).isEqualTo("Everyone is sorted.");
        assertThat(text(robot, "#sort-keys")).startsWith("Contacts you import or add without deciding")
                .endsWith("Ctrl+Z takes back the last one sorted.");
        Screenshots.write(robot.window(0).getScene(), "sort-everyone-sorted");
    }

    @Test
    void sortsByMouseWithTheSameChoicesAsTheKeys(FxRobot robot) {
        assertThat(text(robot, "#sort-name")).isEqualTo("Ana Lima");

        robot.clickOn("#sort-professional");
        Screenshots.write(robot.window(0).getScene(), "sort-relationship-buttons");
        robot.clickOn("#sort-relationship-colleague");
        assertThat(contact("Ana Lima").category()).isEqualTo(Category.PROFESSIONAL);
        assertThat(contact("Ana Lima").relationship()).isEqualTo(Relationship.COLLEAGUE);

        assertThat(text(robot, "#sort-name")).isEqualTo("Bo Berg");
        robot.clickOn("#sort-take-suggestion");
        assertThat(contact("Bo Berg").category()).isEqualTo(Category.PERSONAL);

        robot.clickOn("#sort-skip");
        assertThat(text(robot, "#sort-name")).isEqualTo("Dee Dunn");
        assertThat(robot.lookup("#sort-take-suggestion").queryButton().isVisible()).as("nothing to suggest")
                .isFalse();
        robot.clickOn("#sort-personal").clickOn("#sort-back");
        assertThat(contact("Dee Dunn").category()).isEqualTo(Category.UNDECIDED);
        robot.clickOn("#sort-both");
        assertThat(contact("Dee Dunn").category()).isEqualTo(Category.BOTH);
        robot.type(KeyCode.S);
        assertThat(text(robot, "#sort-name")).as("the keys still work after clicks").isNotEqualTo("Dee Dunn");
    }
}
