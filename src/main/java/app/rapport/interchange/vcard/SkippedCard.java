package app.rapport.interchange.vcard;

import java.util.Objects;

/**
 * A card that was not imported.
 *
 * @param position the card's number in the file, from 1
 * @param line     the line of its BEGIN:VCARD, from 1
 */
public record SkippedCard(int position, int line, String reason) {

    public SkippedCard {
        Objects.requireNonNull(reason, "reason");
    }
}
