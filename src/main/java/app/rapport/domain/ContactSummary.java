package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the contacts list: what the table shows and what search looks through (emails and phones too). {@code lastInteraction}
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
        boolean archived,
        List<String> emails,
        List<String> phones) {

    public ContactSummary {
        tags = List.copyOf(tags);
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** A row without emails and phones, which only search looks through. */
    public ContactSummary(long id, String displayName, String organization, String role, Category category,
                          Relationship relationship, List<String> tags, String notes, LocalDate lastInteraction,
                          Integer keepInTouchWeeks, LocalDate metOn, LocalDate addedOn, boolean archived) {
        this(id, displayName, organization, role, category, relationship, tags, notes, lastInteraction,
                keepInTouchWeeks, metOn, addedOn, archived, List.of(), List.of());
    }
}
