package app.rapport.interchange;

import java.nio.file.Path;

/**
 * A file that cannot be imported at all, so nothing of it is. The message is for the user and names the file
 * and, when the problem has one, the line: "Connections.csv, line 3: …".
 */
public final class ImportException extends Exception {

    private final String fileName;
    private final int line;
    private final String problem;

    /** {@code line} is 1-based; 0 when the problem is with the file as a whole (missing, empty). */
    public ImportException(String fileName, int line, String problem) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.fileName = fileName;
        this.line = line;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
