package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every scroll pane under the app stylesheet, a page's and the one inside a text area alike, draws its viewport
 * directly: no bitmap of it is kept, and scrolling still moves the content.
 */
@ExtendWith(ApplicationExtension.class)
class UncachedScrollPaneSkinTest {

    private ScrollPane page;
    private TextArea notes;
    private Label last;

    @Start
    void start(Stage stage) {
        VBox rows = new VBox(8);
        for (int i = 1; i <= 60; i++) {
            rows.getChildren().add(new Label("Row " + i));
        }
        last = (Label) rows.getChildren().getLast();
        page = new ScrollPane(rows);
        notes = new TextArea("A note\n".repeat(40));
        VBox root = new VBox(page, notes);
        page.setPrefHeight(200);
        Scene scene = new Scene(root, 400, 400);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyScrollPaneHasTheSkinAndNoCachedViewport(FxRobot robot) {
        ScrollPane insideNotes = robot.from(notes).lookup(".scroll-pane").queryAs(ScrollPane.class);

        for (ScrollPane pane : new ScrollPane[] {page, insideNotes}) {
            assertThat(pane.getSkin()).isInstanceOf(UncachedScrollPaneSkin.class);
            Node viewport = pane.lookup(".viewport");
            assertThat(viewport).isNotNull();
            assertThat(viewport.isCache()).as("the viewport is drawn directly").isFalse();
        }
    }

    @Test
    void scrollingStillBringsTheLastRowIntoView(FxRobot robot) {
        assertThat(isInView(last)).isFalse();

        robot.interact(() -> page.setVvalue(1));

        assertThat(isInView(last)).isTrue();
    }

    private boolean isInView(Node node) {
        return page.localToScene(page.getLayoutBounds()).contains(node.localToScene(node.getLayoutBounds()));
    }
}
