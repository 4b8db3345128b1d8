package app.rapport.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Search-as-you-type over name, organization, role, tags, notes, emails and phone numbers. Every word typed must
 * occur somewhere, ignoring case and accents, so "jose acme" finds "José Pérez, ACME Corp". A word that looks
 * like a phone number is matched by its digits alone, so "(020) 7946-0000" finds "+44 20 7946 0000".
 */
public final class ContactSearch {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\-./]*[0-9][0-9+()\\-./]*");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private ContactSearch() {
    }

    /** The text a query is matched against, folded once per contact rather than once per keystroke. */
    public static String searchableText(ContactSummary contact) {
        // Each phone also as digits only, without a leading 0 or 00, so a number matches however it is written.
        String phoneDigits = String.join("\n", contact.phones().stream().map(ContactSearch::digits).toList());
        return fold(String.join("\n", contact.displayName(), contact.organization(), contact.role(),
                String.join("\n", contact.tags()), contact.notes(), String.join("\n", contact.emails()),
                String.join("\n", contact.phones()), phoneDigits));
    }

    /** A predicate over {@link #searchableText} values; a blank query matches everything. */
    public static Predicate<String> matcher(String query) {
        String[] needed = wordsOf(query);
        if (needed.length == 0) {
            return text -> true;
        }
        String[] alternatives = Arrays.stream(needed)
                .map(word -> PHONE_LIKE.matcher(word).matches() ? digits(word) : word).toArray(String[]::new);
        return text -> {
            for (int i = 0; i < needed.length; i++) {
                if (!text.contains(needed[i]) && (alternatives[i].isEmpty() || !text.contains(alternatives[i]))) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * Whether a query has no word to look for and so matches every text unseen: a filter need not fold a
     * row's text for it (30,000 rows at start-up).
     */
    public static boolean matchesEverything(String query) {
        return wordsOf(query).length == 0;
    }

    private static String[] wordsOf(String query) {
        String[] words = WHITESPACE.split(fold(query == null ? "" : query).strip());
        return Arrays.stream(words).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    /**
     * Whether every text that {@code after} matches is one that {@code before} matched too, so that a search
     * typed further need only look among what the shorter one found: the longer query only adds letters or
     * words, and none of its words is matched by its digits alone, which a text may hold without the shorter one.
     */
    public static boolean narrows(String before, String after) {
        String shorter = fold(before == null ? "" : before).strip();
        String longer = fold(after == null ? "" : after).strip();
        return !shorter.isEmpty() && longer.startsWith(shorter)
                && Arrays.stream(WHITESPACE.split(longer)).noneMatch(word -> PHONE_LIKE.matcher(word).matches());
    }

    /** A phone number's digits, without the 0 or 00 that starts a national or an international number. */
    private static String digits(String phone) {
        String digits = NOT_DIGIT.matcher(phone).replaceAll("");
        int start = 0;
        while (start < digits.length() && start < 2 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
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
