package app.rapport.interchange.archive;

import java.util.List;
import java.util.Objects;

import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;

/**
 * A whole store as a Rapport archive ({@code *.rapport.json}, INTERCHANGE.md) holds it. Platforms are in the
 * user's order: a platform's position is its index in the list. A template's id is null when the file did not
 * give one.
 */
public record Archive(Settings settings, List<Platform> platforms, List<ArchivedContact> contacts,
                      List<ArchivedFollowUp> followUps, List<MessageTemplate> templates) {

    public static final String FORMAT = "rapport-archive";
    /** Version 2 adds the "with" of an interaction; version 1 archives are still read. */
    public static final int VERSION = 2;
    public static final int OLDEST_VERSION = 1;

    public Archive {
        Objects.requireNonNull(settings, "settings");
        platforms = List.copyOf(platforms);
        contacts = List.copyOf(contacts);
        followUps = List.copyOf(followUps);
        templates = List.copyOf(templates);
    }
}
