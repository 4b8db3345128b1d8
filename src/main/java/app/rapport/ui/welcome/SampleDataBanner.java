package app.rapport.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.ProblemBanner;
import app.rapport.ui.UndoBar;

/**
 * While the sample address book is loaded, the home page says so and offers to remove it in one click; once
 * removed, it offers to take that back.
 */
public final class SampleDataBanner extends VBox {

    private final SampleDataViewModel model;

    public SampleDataBanner(SampleDataViewModel model) {
        this.model = model;
        Button remove = new Button("Remove sample data", FontIcon.of(Feather.TRASH_2));
        remove.setId("remove-sample-data");
        remove.setOnAction(event -> model.remove());
        Label title = new Label("You are looking at sample data");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label("These people are made up, to show every verdict and follow-up. Remove them when "
                + "you are ready; your own contacts stay.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, title, text);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(12, FontIcon.of(Feather.COMPASS, 20), words, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("sample-banner");
        box.setId("sample-data-banner");
        box.visibleProperty().bind(model.loadedProperty());
        box.managedProperty().bind(model.loadedProperty());
        UndoBar undo = new UndoBar("sample-undo", Feather.TRASH_2, model.undoMessage(), model::undo,
                model::forgetUndo).explain("Bring the sample contacts back, as they were", Feather.TRASH_2);
        getChildren().addAll(box, undo, ProblemBanner.of(model.problemProperty(), model::dismissProblem,
                "sample-data-problem"));
        setSpacing(8);
        visibleProperty().bind(model.loadedProperty().or(model.undoMessage().isNotEmpty())
                .or(model.problemProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    /** Ctrl+Z on the home page: takes back the removal the undo bar offers. */
    public void undo() {
        model.undo();
    }

    public void shown() {
        model.shown();
    }

    public void hidden() {
        model.hidden();
    }
}
