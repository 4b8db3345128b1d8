package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/** One row of the contacts list: what the table shows and what search looks through. */
public record ContactSummary(
        long id,
        String displayName,
        String organization,
        String role,
        Category category,
        Relationship relationship,
        List<String> tags,
        String notes,
        LocalDate lastInteraction,
        Integer keepInTouchWeeks,
        boolean archived) {

    public ContactSummary {
        tags = List.copyOf(tags);
    }
}
