package app.rapport.service;

import java.util.List;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.Worlds;

/**
 * Per personal platform, the professional contacts connected there: who can see your personal posts.
 * Empty in BLEND mode, where mixing the worlds is the user's choice.
 */
public record CollisionReport(Worlds worlds, List<Section> sections) {

    public CollisionReport {
        sections = List.copyOf(sections);
    }

    public int count() {
        return sections.stream().mapToInt(section -> section.rows().size()).sum();
    }

    /** One personal platform and its collisions, managers and clients first. */
    public record Section(Platform platform, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /** A professional contact connected on the section's platform, and whether a review is already planned. */
    public record Row(Contact contact, Link link, boolean reviewPlanned) {
    }
}
