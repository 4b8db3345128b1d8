package app.rapport.store;

import java.nio.file.Path;

/**
 * The store's database file is there but is not a database H2 can read: cut short, overwritten or scrambled.
 * Nothing was changed; the file is left where it is, for a restore to move it aside.
 */
public final class DamagedStoreException extends StoreException {

    private final transient Path databaseFile;

    DamagedStoreException(Path databaseFile, Throwable cause) {
        super("Rapport's data file " + databaseFile + " is damaged and cannot be read. Nothing in it was changed.",
                cause);
        this.databaseFile = databaseFile;
    }

    public Path databaseFile() {
        return databaseFile;
    }
}
