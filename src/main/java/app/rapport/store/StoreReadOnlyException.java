package app.rapport.store;

import java.nio.file.Path;

/**
 * The data folder or its database file cannot be written. Rapport never opens data read-only: everything the
 * user then entered would be lost when the window closed.
 */
public final class StoreReadOnlyException extends StoreWriteException {

    public StoreReadOnlyException(Path dataDir, Throwable cause) {
        super("Rapport cannot write in its data folder " + dataDir + ": it is read-only. Make the folder and the "
                + "files in it writable, or start Rapport with --data-dir on a folder it can write. Nothing was "
                + "changed.", cause);
    }
}
