package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.ui.shell.MainWindow;

/**
 * No text is cut to "…" on any page, with the sample data, at the window's default size and at the smallest it
 * allows, in light and in dark: a word the user cannot read is a word lost.
 */
@ExtendWith(ApplicationExtension.class)
class ElidedTextTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @ParameterizedTest(name = "{0}\u00d7{1}, {2}")
    @CsvSource({"1200, 760, LIGHT", "1200, 760, DARK", "1000, 640, LIGHT", "1000, 640, DARK"})
    void noPageCutsItsText(double width, double height, ThemeChoice theme, FxRobot robot) {
        robot.interact(() -> {
            app.services.sampleData().load();
            app.theme.choiceProperty().set(theme);
            app.stage.setWidth(width);
            app.stage.setHeight(height);
        });
        assertThat(app.stage.getMinWidth()).as("the smallest window the test covers").isEqualTo(MainWindow.MIN_WIDTH);
        List<String> cut = new ArrayList<>();
        for (Page page : Page.values()) {
            robot.interact(() -> {
                app.window.open(page);
                cut.addAll(elided(app.stage.getScene(), page.label()));
                Screenshots.write(app.stage.getScene(), shotName(page.name(), width, theme));
            });
        }
        // The contact with the most on its page: every platform, interactions, follow-ups.
        long first = app.services.contacts().summaries().stream()
                .max(java.util.Comparator.comparingInt(c -> c.notes().length())).orElseThrow().id();
        robot.interact(() -> {
            app.window.openContact(first, null);
            cut.addAll(elided(app.stage.getScene(), "contact page"));
            Screenshots.write(app.stage.getScene(), shotName("CONTACT", width, theme));
        });

        assertThat(cut).as("texts cut to \u201c\u2026\u201d at %s\u00d7%s, %s", width, height, theme).isEmpty();
    }

    private static String shotName(String what, double width, ThemeChoice theme) {
        return "sweep-" + what.toLowerCase() + "-" + (int) width + "-" + theme.name().toLowerCase();
    }

    /** Every label, button or cell on screen whose text is shown cut, as "where: the text". */
    static List<String> elided(Scene scene, String where) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> cut = new ArrayList<>();
        collect(scene.getRoot(), where, cut);
        return cut;
    }

    private static void collect(Node node, String where, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.getStyleClass().contains("text")
                        && !shown.getText().equals(labeled.getText())
                        && shown.getText().contains(labeled.getEllipsisString())) {
                    cut.add(where + ": \u201c" + labeled.getText() + "\u201d shown as \u201c" + shown.getText()
                            + "\u201d" + (labeled.getId() == null ? "" : " (#" + labeled.getId() + ")"));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, cut);
            }
        }
    }
}
