package app.rapport.domain;

import java.util.Objects;

/**
 * What Sort suggests for one undecided contact: a category, and for some reasons a relationship too, with the
 * reason in plain words.
 *
 * @param relationship null when the reason says nothing about it
 */
public record SortSuggestion(long contactId, Reason reason, Category category, Relationship relationship,
                             String because) {

    public SortSuggestion {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(because, "because");
    }

    /**
     * PRODUCT.md's Sort rules 1–6 in order; rule 7 is no suggestion. "Take all N with this reason" takes every
     * suggestion with the same reason, which always suggests the same category and relationship.
     */
    public enum Reason {
        ON_BOTH_SIDES("On a personal platform and on a professional one"),
        ONLY_PROFESSIONAL("Only on your professional platform"),
        ONLY_PERSONAL("Only on your personal platforms"),
        FAMILY_NAME("Shares your family name"),
        WORK_EMAIL("A work email address"),
        PRIVATE_EMAIL("A private email address only");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The reason's name for a group of suggestions ("Take all 38: a private email address only"). */
        public String label() {
            return label;
        }
    }
}
