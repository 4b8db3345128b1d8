package app.rapport.interchange;

import java.time.LocalDate;
import java.util.Objects;

/** A contact whose birthday is known, as the calendar file needs it. */
public record BirthdayEntry(long contactId, String displayName, LocalDate birthday) {

    public BirthdayEntry {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(birthday, "birthday");
    }
}
