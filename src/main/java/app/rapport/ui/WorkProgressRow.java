package app.rapport.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The bar of a backup, a restore or an export, what it is doing, and its Cancel, shown while it runs.
 * {@code id} names the row; its bar, words and button are {@code id-bar}, {@code id-step} and {@code id-cancel}.
 */
public final class WorkProgressRow extends HBox {

    public WorkProgressRow(String id, WorkWatch watch, ObservableBooleanValue running, Runnable cancel) {
        super(10);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(watch.progressProperty());
        bar.setPrefWidth(220);
        bar.setId(id + "-bar");
        Label step = new Label();
        step.textProperty().bind(watch.stepProperty());
        step.setId(id + "-step");
        step.setMinWidth(Region.USE_PREF_SIZE);
        bar.accessibleTextProperty().bind(watch.stepProperty());
        Button stop = new Button("Cancel");
        stop.setId(id + "-cancel");
        stop.setOnAction(event -> cancel.run());
        stop.disableProperty().bind(watch.stepProperty().isEqualTo("Cancelling\u2026"));
        getChildren().addAll(bar, step, stop);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("work-progress");
        setId(id);
        visibleProperty().bind(running);
        managedProperty().bind(visibleProperty());
    }
}
