package app.rapport.interchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys that make the same person found in two places compare equal: a profile URL however it was copied
 * (scheme, "www." or a country prefix, a trailing slash, a tracking query), a name however it was spaced or cased.
 */
public final class MatchKeys {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern LINKEDIN_HOST = Pattern.compile("^([a-z]{2,3}\\.|www\\.)?linkedin\\.com/");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MatchKeys() {
    }

    public static String profile(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String key = SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        key = LINKEDIN_HOST.matcher(key).replaceFirst("linkedin.com/");
        int end = indexOfAny(key, '?', '#');
        key = key.substring(0, end);
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    public static String name(String name) {
        if (name == null) {
            return "";
        }
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        return WHITESPACE.matcher(normalized).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return text.length();
    }
}
