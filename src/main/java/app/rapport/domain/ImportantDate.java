package app.rapport.domain;

import java.util.Objects;

/**
 * A date other than the birthday that a contact's user wants to be reminded of every year: an anniversary, a
 * work anniversary, any named date.
 *
 * @param label what the date is, as the user or the file named it ("Anniversary")
 */
public record ImportantDate(String label, YearlyDate date) {

    public static final String ANNIVERSARY = "Anniversary";
    // What a date the user or the file gave no name is called.
    public static final String UNNAMED = "Important date";
    public static final int LABEL_MAX = 100;

    public ImportantDate {
        label = Objects.requireNonNullElse(label, "").strip();
        if (label.isEmpty()) {
            label = UNNAMED;
        }
        Objects.requireNonNull(date, "date");
    }
}
