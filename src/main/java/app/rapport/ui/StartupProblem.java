package app.rapport.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

import app.rapport.store.NewerStoreException;
import app.rapport.store.StoreDiskFullException;
import app.rapport.store.StoreException;
import app.rapport.store.StoreInUseException;
import app.rapport.store.StoreReadOnlyException;

/** The plain dialog shown when Rapport cannot open its data at start; the app quits after it. */
public final class StartupProblem {

    private StartupProblem() {
    }

    /**
     * Themed like every other window, though it shows before the main window sets the theme: the data, with the
     * saved light or dark choice, could not be read.
     */
    public static Alert dialog(StoreException problem) {
        Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, headline(problem), problem.getMessage(),
                ButtonType.OK);
        DialogPane pane = alert.getDialogPane();
        pane.setId("startup-problem");
        pane.setMinWidth(480);
        pane.getScene().setUserAgentStylesheet(ThemeManager.stylesheetWithoutData());
        Stylesheets.apply(pane);
        return alert;
    }

    static String headline(StoreException problem) {
        if (problem instanceof StoreInUseException) {
            return "Rapport is already open";
        }
        if (problem instanceof NewerStoreException) {
            return "This data needs a newer Rapport";
        }
        if (problem instanceof StoreReadOnlyException) {
            return "Rapport cannot write in its data folder";
        }
        if (problem instanceof StoreDiskFullException) {
            return "The disk is full";
        }
        return "Rapport cannot open its data";
    }
}
