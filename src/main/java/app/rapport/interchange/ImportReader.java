package app.rapport.interchange;

import java.nio.file.Path;

/** Turns one file of a known format into domain objects, or refuses the whole file. */
public interface ImportReader {

    /**
     * Reads the whole file. A bad row is skipped and listed in the batch; a file that cannot be read as this
     * format throws, naming the file and the line.
     */
    ImportBatch read(Path file) throws ImportException;
}
