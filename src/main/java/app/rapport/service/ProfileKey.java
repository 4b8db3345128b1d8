package app.rapport.service;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A profile URL or handle on one platform as a key, however it was copied: scheme, "www.", a trailing "/",
 * Instagram's "/_u/", "@", a query, case. "https://www.instagram.com/_u/Jane.D/" and "@jane.d" are one key.
 */
final class ProfileKey {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern HOST = Pattern.compile("^([a-z]{2,3}\\.|www\\.|m\\.)?[a-z0-9-]+\\.com/");

    private ProfileKey() {
    }

    static String of(String handleOrUrl) {
        if (handleOrUrl == null || handleOrUrl.isBlank()) {
            return "";
        }
        String key = SCHEME.matcher(handleOrUrl.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        key = HOST.matcher(key).replaceFirst("");
        int end = key.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = key.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        key = key.substring(0, end);
        if (key.startsWith("_u/")) {
            key = key.substring(3);
        }
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.startsWith("@") ? key.substring(1) : key;
    }
}
