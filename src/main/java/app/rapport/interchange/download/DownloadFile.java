package app.rapport.interchange.download;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * One file of a download, wherever it lies: on disk or inside a zip. {@code name} is what the user is told
 * ("facebook-jane.zip › connections/friends/your_friends.json"); {@code hint} the path inside the download,
 * used only to guess, never to open anything; {@code modifiedOn} the day the platform wrote it.
 */
public interface DownloadFile {

    String name();

    String hint();

    LocalDate modifiedOn();

    /** Opens the content afresh; each call starts at the first byte. */
    InputStream open() throws IOException;
}
