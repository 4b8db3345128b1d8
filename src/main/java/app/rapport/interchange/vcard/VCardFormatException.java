package app.rapport.interchange.vcard;

/**
 * A file that is not a readable vCard file; nothing of it should be imported. The message names the file and,
 * when known, the line.
 */
public final class VCardFormatException extends Exception {

    private final String fileName;
    private final int line;

    VCardFormatException(String fileName, int line, String problem) {
        super(fileName + (line > 0 ? " line " + line : "") + ": " + problem);
        this.fileName = fileName;
        this.line = line;
    }

    public String fileName() {
        return fileName;
    }

    /** The line the problem is on, from 1; 0 when it is about the file as a whole. */
    public int line() {
        return line;
    }
}
