package app.rapport.interchange.csv;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.Contact;

/**
 * A contact with the one fact the CSV export needs from outside it.
 *
 * @param lastInteraction the day of the last interaction that is not social media, null if none
 */
public record ContactRow(Contact contact, LocalDate lastInteraction) {

    public ContactRow {
        Objects.requireNonNull(contact, "contact");
    }
}
