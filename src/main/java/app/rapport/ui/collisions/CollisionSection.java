package app.rapport.ui.collisions;

import java.util.List;

import app.rapport.domain.Platform;

/** One personal platform and the professional contacts who can see what the user shares there. */
public record CollisionSection(Platform platform, List<CollisionRow> rows) {

    public CollisionSection {
        rows = List.copyOf(rows);
    }

    /** "Facebook — 2 professional connections". */
    public String title() {
        String count = switch (rows.size()) {
            case 0 -> "no professional connections";
            case 1 -> "1 professional connection";
            default -> String.format("%,d professional connections", rows.size());
        };
        return platform.name() + " \u2014 " + count;
    }

    public String emptyText() {
        return "Nobody professional can see your " + platform.name() + " posts.";
    }
}
