package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the contacts list: what the table shows and what search looks through. {@code lastInteraction}
 * leaves out social-media likes and comments, which say nothing about staying in touch [000].
 */
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
        LocalDate metOn,
        LocalDate addedOn,
        boolean archived) {

    public ContactSummary {
        tags = List.copyOf(tags);
    }
}
