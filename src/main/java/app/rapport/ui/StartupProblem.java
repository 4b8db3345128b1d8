package app.rapport.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import app.rapport.store.NewerStoreException;
import app.rapport.store.StoreDiskFullException;
import app.rapport.store.StoreException;
import app.rapport.store.StoreInUseException;
import app.rapport.store.StoreReadOnlyException;

/** The plain dialog shown when Rapport cannot open its data at start; the app quits after it. */
public final class StartupProblem {

    private StartupProblem() {
    }

    public static Alert dialog(StoreException problem) {
        Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, headline(problem), problem.getMessage(),
                ButtonType.OK);
        alert.getDialogPane().setId("startup-problem");
        alert.getDialogPane().setMinWidth(480);
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
