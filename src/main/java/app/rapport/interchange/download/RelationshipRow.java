package app.rapport.interchange.download;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person on one list of a Facebook or Instagram download. Facebook gives a name only ({@code handle} is
 * empty), Instagram a username only ({@code name} is empty).
 */
public record RelationshipRow(DownloadPlatform platform, DownloadList list, String name, String handle,
        LocalDate on, String file) {

    public RelationshipRow {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(on, "on");
        name = name == null ? "" : name.strip();
        handle = handle == null ? "" : handle.strip();
    }

    /** Who the row is about, for the user: the name, else the handle with its "@". */
    public String shown() {
        return name.isEmpty() ? "@" + handle : name;
    }
}
