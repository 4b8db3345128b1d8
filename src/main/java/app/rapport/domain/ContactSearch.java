package app.rapport.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Search-as-you-type over name, organization, role, tags and notes. Every word typed must occur somewhere,
 * ignoring case and accents, so "jose acme" finds "José Pérez, ACME Corp".
 */
public final class ContactSearch {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContactSearch() {
    }

    /** The text a query is matched against, folded once per contact rather than once per keystroke. */
    public static String searchableText(ContactSummary contact) {
        return fold(String.join("\n", contact.displayName(), contact.organization(), contact.role(),
                String.join("\n", contact.tags()), contact.notes()));
    }

    /** A predicate over {@link #searchableText} values; a blank query matches everything. */
    public static Predicate<String> matcher(String query) {
        String[] words = WHITESPACE.split(fold(query == null ? "" : query).strip());
        String[] needed = Arrays.stream(words).filter(word -> !word.isEmpty()).toArray(String[]::new);
        if (needed.length == 0) {
            return text -> true;
        }
        return text -> {
            for (String word : needed) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    static String fold(String text) {
        // Plain ASCII has no marks to strip, and most names are plain: 30,000 rows are folded at every load.
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
