package app.rapport.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.SampleDataService;
import app.rapport.ui.TaskRunner;

/** While the sample address book is loaded, the home page says so and offers to remove it in one click. */
public final class SampleDataBanner extends VBox {

    private final SampleDataService sampleData;
    private final TaskRunner tasks;
    private final Runnable afterRemoval;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    public SampleDataBanner(SampleDataService sampleData, TaskRunner tasks, Runnable afterRemoval) {
        this.sampleData = sampleData;
        this.tasks = tasks;
        this.afterRemoval = afterRemoval;
        Button remove = new Button("Remove sample data", FontIcon.of(Feather.TRASH_2));
        remove.setId("remove-sample-data");
        remove.setOnAction(event -> confirmRemoval());
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
        getChildren().add(box);
        setPadding(new Insets(16, 24, 0, 24));
        setId("sample-data-banner");
        visibleProperty().bind(loaded);
        managedProperty().bind(loaded);
    }

    public void refresh() {
        tasks.read(this, sampleData::isLoaded, loaded::set, error -> loaded.set(false));
    }

    private void confirmRemoval() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The sample contacts, their interactions and "
                + "follow-ups are deleted. Your own contacts are not touched.", ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Remove the sample data?");
        confirm.initOwner(getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> tasks.run(sampleData::remove, removed -> {
            loaded.set(false);
            afterRemoval.run();
        }, error -> refresh()));
    }
}
