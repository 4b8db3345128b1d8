package app.rapport.interchange.archive;

/**
 * An archive that cannot be imported; nothing of it should be. The message names the file, then where in it
 * (a JSON path such as {@code contacts[3].category}, or a line and column when the JSON itself is broken), then
 * the problem.
 */
public final class ArchiveFormatException extends Exception {

    private final String fileName;
    private final String location;
    private final String problem;

    ArchiveFormatException(String fileName, String location, String problem) {
        super(fileName + ": " + (location.isEmpty() ? "" : location + ": ") + problem);
        this.fileName = fileName;
        this.location = location;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    /** The JSON path, or "line L, column C"; empty when the problem is the file as a whole. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
