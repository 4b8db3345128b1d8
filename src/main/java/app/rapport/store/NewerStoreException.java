package app.rapport.store;

import java.nio.file.Path;

/** The data was written by a newer Rapport whose schema this version does not know. */
public final class NewerStoreException extends StoreException {

    public NewerStoreException(Path dataDir, String storeVersion, String knownVersion) {
        super("The data in " + dataDir + " was saved by a newer version of Rapport (data format " + storeVersion
                + "; this version knows up to " + knownVersion + "). Update Rapport to open it. Nothing was changed.");
    }
}
