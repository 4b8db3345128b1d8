package app.rapport.interchange.vcard;

/** Why a card cannot become a contact; the reader turns it into a {@link SkippedCard}. */
final class UnusableCard extends Exception {

    UnusableCard(String reason) {
        super(reason, null, false, false);
    }
}
