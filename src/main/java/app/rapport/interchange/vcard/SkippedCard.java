package app.rapport.interchange.vcard;

import java.util.Objects;

/**
 * A card that was not imported. {@code position} counts the cards in the file from 1, which is what a user can
 * find again in a file whose cards do not start on predictable lines.
 */
public record SkippedCard(int position, String reason) {

    public SkippedCard {
        Objects.requireNonNull(reason, "reason");
    }
}
