package app.rapport.store;

import java.nio.file.Path;

/** Another Rapport already has this data folder open. */
public final class StoreInUseException extends StoreException {

    public StoreInUseException(Path dataDir) {
        super("Rapport is already open on " + dataDir
                + ". Switch to the open window, or close it before starting Rapport again.");
    }
}
