package app.rapport.interchange.download;

import java.time.LocalDate;
import java.util.Set;

import app.rapport.domain.InteractionKind;

/**
 * One past occurrence of a calendar event: when, of what kind, and the addresses of who came (declined
 * attendees left out). The title, description and location are read to tell the kind and then forgotten.
 */
public record Meeting(String uid, LocalDate day, InteractionKind kind, String organizer, Set<String> attendees,
        String file) {

    public Meeting {
        attendees = Set.copyOf(attendees);
        organizer = organizer == null ? "" : organizer;
    }

    /** Unique per occurrence, so that importing the same calendar again finds what it already added. */
    public String sourceKey() {
        return "ics:" + uid + ":" + day;
    }
}
