package app.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a contact valid to store: required name, sane emails, lengths the store can hold. */
public final class ContactRules {

    public static final int NAME_MAX = 200;
    public static final int GIVEN_FAMILY_MAX = 100;
    public static final int ORGANIZATION_MAX = 200;
    public static final int ROLE_MAX = 200;
    public static final int EMAIL_MAX = 320;
    public static final int PHONE_MAX = 50;
    public static final int TAG_MAX = 100;
    public static final int NOTES_MAX = 100_000;
    public static final int HOW_WE_MET_MAX = 1_000;
    public static final int VOUCH_MAX = 4_000;
    public static final int KEEP_IN_TOUCH_MAX_WEEKS = 520;

    // Deliberately loose: one @, something before it, a dot in the domain, no spaces. Real validity is
    // only known by sending mail; this catches typos like a missing @ or a trailing comma.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+");

    private ContactRules() {
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    public static List<FieldError> validate(Contact contact, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (contact.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "A name is required."));
        }
        maxLength(errors, "displayName", "Name", contact.displayName(), NAME_MAX);
        maxLength(errors, "givenName", "Given name", contact.givenName(), GIVEN_FAMILY_MAX);
        maxLength(errors, "familyName", "Family name", contact.familyName(), GIVEN_FAMILY_MAX);
        maxLength(errors, "organization", "Organization", contact.organization(), ORGANIZATION_MAX);
        maxLength(errors, "role", "Role", contact.role(), ROLE_MAX);
        maxLength(errors, "notes", "Notes", contact.notes(), NOTES_MAX);
        maxLength(errors, "howWeMet", "How we met", contact.howWeMet(), HOW_WE_MET_MAX);
        maxLength(errors, "vouchForThem", "What I would say about them", contact.vouchForThem(), VOUCH_MAX);
        maxLength(errors, "vouchForMe", "What they would say about me", contact.vouchForMe(), VOUCH_MAX);
        for (String email : contact.emails()) {
            if (email.length() > EMAIL_MAX) {
                errors.add(new FieldError("emails", "An email address can have at most " + EMAIL_MAX + " characters."));
            } else if (!isEmail(email)) {
                errors.add(new FieldError("emails", "\"" + email + "\" is not an email address (like name@example.com)."));
            }
        }
        for (String phone : contact.phones()) {
            if (phone.length() > PHONE_MAX) {
                errors.add(new FieldError("phones", "A phone number can have at most " + PHONE_MAX + " characters."));
            }
        }
        Set<String> seenTags = new HashSet<>();
        for (String tag : contact.tags()) {
            if (tag.length() > TAG_MAX) {
                errors.add(new FieldError("tags", "A tag can have at most " + TAG_MAX + " characters."));
            } else if (!seenTags.add(tag.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("tags", "The tag \"" + tag + "\" is there twice."));
            }
        }
        Integer weeks = contact.keepInTouchWeeks();
        if (weeks != null && (weeks < 1 || weeks > KEEP_IN_TOUCH_MAX_WEEKS)) {
            errors.add(new FieldError("keepInTouchWeeks",
                    "Keep in touch every 1 to " + KEEP_IN_TOUCH_MAX_WEEKS + " weeks, or leave it empty."));
        }
        if (contact.metOn() != null && contact.metOn().isAfter(today)) {
            errors.add(new FieldError("metOn", "The day you met cannot be in the future."));
        }
        if (contact.birthday() != null && contact.birthday().isAfter(today)) {
            errors.add(new FieldError("birthday", "A birthday cannot be in the future."));
        }
        for (ImportantDate date : contact.importantDates()) {
            if (date.label().length() > ImportantDate.LABEL_MAX) {
                errors.add(new FieldError("importantDates",
                        "The name of a date can have at most " + ImportantDate.LABEL_MAX + " characters."));
            }
        }
        return List.copyOf(errors);
    }

    private static void maxLength(List<FieldError> errors, String field, String label, String value, int max) {
        if (value.length() > max) {
            errors.add(new FieldError(field, label + " can have at most " + String.format("%,d", max)
                    + " characters (it has " + String.format("%,d", value.length()) + ")."));
        }
    }
}
