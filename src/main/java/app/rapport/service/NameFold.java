package app.rapport.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A full name as a key that ignores accents, case, spacing and the order of given and family name: "Dupré,
 * Renée" and "renee dupre" fold alike. A single word is no key at all: nobody is matched on a first name alone.
 */
final class NameFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFold() {
    }

    /** The key, or "" when the name has fewer than two words. */
    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = fold(name).split(" ");
        if (words.length < 2) {
            return "";
        }
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** A one-word name folded the same way, for the one place it may match: someone on that platform already. */
    static String oneWord(String name) {
        if (name == null) {
            return "";
        }
        String folded = fold(name);
        return folded.contains(" ") ? "" : folded;
    }

    private static String fold(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
                .replace("æ", "ae").replace("œ", "oe").replace("ı", "i");
        return NOT_LETTERS.matcher(folded).replaceAll(" ").strip();
    }
}
