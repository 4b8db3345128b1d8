package app.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.WorkProgressRow;

/** The backups card on the settings page. */
final class BackupsView extends VBox {

    private final BackupsViewModel model;

    BackupsView(BackupsViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("setting");
        Label explanation = new Label("Rapport backs up by itself once a day when it starts and keeps the last "
                + "seven, in " + model.folder() + ". A backup holds everything; restoring one replaces all your "
                + "data with it, after keeping a copy of what it replaces.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        Button backUp = new Button("Back up now", FontIcon.of(Feather.SAVE));
        backUp.setId("back-up-now");
        backUp.setOnAction(event -> model.backUpNow());
        Button restore = new Button("Restore from a backup\u2026", FontIcon.of(Feather.ROTATE_CCW));
        restore.setId("restore-backup");
        restore.setOnAction(event -> model.chooseAndRestore());
        backUp.disableProperty().bind(model.busyProperty());
        restore.disableProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.setId("backup-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        HBox buttons = new HBox(8, backUp, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        WorkProgressRow progress = new WorkProgressRow("backup-progress", model.watch(), model.busyProperty(),
                model::cancel);
        getChildren().addAll(explanation, buttons, status, progress, undoBar(model));
    }

    private static HBox undoBar(BackupsViewModel model) {
        Label message = new Label();
        message.setId("undo-restore-message");
        message.setWrapText(true);
        Button undo = new Button("Undo", FontIcon.of(Feather.ROTATE_CCW));
        undo.setId("undo-restore");
        undo.setTooltip(new Tooltip("Put back the data that was here before the restore"));
        undo.setOnAction(event -> model.undoRestore());
        undo.disableProperty().bind(model.busyProperty());
        model.lastRestoreProperty().addListener((obs, old, now) ->
                message.setText(now == null ? "" : "Restored " + now.backup().getFileName() + "."));
        HBox bar = new HBox(12, FontIcon.of(Feather.ROTATE_CCW), message, undo);
        bar.getStyleClass().add("undo-bar");
        bar.setId("restore-undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.visibleProperty().bind(model.lastRestoreProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** The card's model: tests restore through it, as the file chooser and the confirmation would. */
    BackupsViewModel model() {
        return model;
    }
}
