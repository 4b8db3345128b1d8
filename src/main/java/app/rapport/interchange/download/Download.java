package app.rapport.interchange.download;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a set of downloads says: relationship rows, message days and past meetings, each naming its file, and
 * per source the day the platform wrote the download (the date a link's state is known as of).
 */
public record Download(List<RelationshipRow> relationships, List<MessageDay> messageDays, List<Meeting> meetings,
        Map<DownloadPlatform, LocalDate> exportedOn, List<String> files) {

    public Download {
        relationships = List.copyOf(relationships);
        messageDays = List.copyOf(messageDays);
        meetings = List.copyOf(meetings);
        exportedOn = Map.copyOf(exportedOn);
        files = List.copyOf(files);
    }

    public boolean isEmpty() {
        return relationships.isEmpty() && messageDays.isEmpty() && meetings.isEmpty();
    }
}
