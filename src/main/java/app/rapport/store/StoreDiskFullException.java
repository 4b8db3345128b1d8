package app.rapport.store;

import java.nio.file.Path;

/** The disk holding the data folder is full: the write was rolled back and the last saved state kept. */
public final class StoreDiskFullException extends StoreWriteException {

    public StoreDiskFullException(Path dataDir, Throwable cause) {
        super("Rapport could not save: the disk holding " + dataDir + " is full. Nothing was changed; free some "
                + "space and try again.", cause);
    }
}
