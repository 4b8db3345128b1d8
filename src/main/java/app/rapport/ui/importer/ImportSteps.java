package app.rapport.ui.importer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What both imports' steps are built of: the row of buttons at the bottom right, and taking dropped files. */
final class ImportSteps {

    private ImportSteps() {
    }

    static Node buttons(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer);
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        row.getChildren().addAll(buttons);
        // At the window's bottom edge on every step, as in the preview, whose list takes the height first: a
        // short step (importing, finished) would otherwise show its buttons mid-window above empty space.
        row.setAlignment(Pos.BOTTOM_RIGHT);
        row.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(row, Priority.SOMETIMES);
        return row;
    }

    static void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }
}
