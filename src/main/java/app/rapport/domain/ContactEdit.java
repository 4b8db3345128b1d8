package app.rapport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change made to many contacts at once (the contacts table's bulk edit, a Sort step): set the category
 * (with or without a relationship), the relationship, the keep-in-touch cadence, add or remove a tag, or
 * archive. Pure: {@link #applyTo} gives the edited contact.
 */
public sealed interface ContactEdit {

    Contact applyTo(Contact contact);

    /** What it does, for a confirmation ("Set category to Personal") and the undo message. */
    String describe();

    /** @param relationship null to keep each contact's own */
    record SetCategory(Category category, Relationship relationship) implements ContactEdit {
        public SetCategory {
            Objects.requireNonNull(category, "category");
        }

        @Override
        public Contact applyTo(Contact contact) {
            Contact.Builder edited = contact.toBuilder().category(category);
            return (relationship == null ? edited : edited.relationship(relationship)).build();
        }

        @Override
        public String describe() {
            return "Set category to " + category.label()
                    + (relationship == null ? "" : ", relationship to " + relationship.label());
        }
    }

    record SetRelationship(Relationship relationship) implements ContactEdit {
        public SetRelationship {
            Objects.requireNonNull(relationship, "relationship");
        }

        @Override
        public Contact applyTo(Contact contact) {
            return contact.toBuilder().relationship(relationship).build();
        }

        @Override
        public String describe() {
            return "Set relationship to " + relationship.label();
        }
    }

    /** @param weeks null to stop keeping in touch on a schedule */
    record SetCadence(Integer weeks) implements ContactEdit {
        @Override
        public Contact applyTo(Contact contact) {
            return contact.toBuilder().keepInTouchWeeks(weeks).build();
        }

        @Override
        public String describe() {
            return weeks == null ? "Stop the keep-in-touch reminder" : "Keep in touch every " + weeks + " weeks";
        }
    }

    record AddTag(String tag) implements ContactEdit {
        public AddTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }

        @Override
        public Contact applyTo(Contact contact) {
            if (contact.tags().contains(tag)) {
                return contact;
            }
            List<String> tags = new ArrayList<>(contact.tags());
            tags.add(tag);
            return contact.toBuilder().tags(tags).build();
        }

        @Override
        public String describe() {
            return "Add the tag \u201c" + tag + "\u201d";
        }
    }

    record RemoveTag(String tag) implements ContactEdit {
        public RemoveTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }

        @Override
        public Contact applyTo(Contact contact) {
            return contact.toBuilder().tags(contact.tags().stream().filter(t -> !t.equals(tag)).toList()).build();
        }

        @Override
        public String describe() {
            return "Remove the tag \u201c" + tag + "\u201d";
        }
    }

    record Archive() implements ContactEdit {
        @Override
        public Contact applyTo(Contact contact) {
            return contact.withArchived(true);
        }

        @Override
        public String describe() {
            return "Archive";
        }
    }
}
