package app.rapport.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
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

    private Node startedFrom;

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
        // Pressed twice, it still cancels once; it stays enabled so that the focus stays on it until the end.
        stop.setOnAction(event -> cancel.run());
        getChildren().addAll(bar, step, stop);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("work-progress");
        setId(id);
        visibleProperty().bind(running);
        managedProperty().bind(visibleProperty());
        running.addListener((obs, was, now) -> moveFocus(now, stop));
    }

    /**
     * The button that started the work is disabled while it runs, which would send the keyboard focus to whatever
     * comes next on the page: Cancel, the one thing left to do, takes it, and gives it back at the end.
     */
    private void moveFocus(boolean started, Button stop) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (started) {
            startedFrom = owner;
            stop.requestFocus();
        } else {
            Node back = startedFrom;
            startedFrom = null;
            if (back != null && back.getScene() == getScene() && (owner == null || owner == stop)) {
                back.requestFocus();
            }
        }
    }
}
