package app.rapport.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * Long work started from a page (an export) in a small window of its own: its bar, what it is doing, and a
 * Cancel, which closes the window and stops the work. The window closes by itself once the work is over.
 */
public final class WorkProgressDialog extends Dialog<ButtonType> {

    public WorkProgressDialog(String header, WorkWatch watch, ObservableBooleanValue running, Runnable cancel) {
        setTitle(header);
        setHeaderText(header);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(watch.progressProperty());
        bar.setPrefWidth(360);
        bar.setId("work-progress-bar");
        bar.accessibleTextProperty().bind(watch.stepProperty());
        Label step = new Label();
        step.textProperty().bind(watch.stepProperty());
        step.setId("work-progress-step");
        VBox content = new VBox(8, bar, step);
        content.getStyleClass().add("work-progress");
        getDialogPane().setContent(content);
        getDialogPane().setId("work-progress-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        setResultConverter(button -> button);
        resultProperty().addListener((obs, old, result) -> {
            if (result == ButtonType.CANCEL) {
                cancel.run();
            }
        });
        ChangeListener<Boolean> whenOver = (obs, was, now) -> {
            if (!now) {
                setResult(ButtonType.FINISH);
                close();
            }
        };
        running.addListener(whenOver);
        // The work's flag outlives this window: it must not keep every export's window alive.
        setOnHidden(event -> running.removeListener(whenOver));
    }
}
