package app.rapport.interchange.vcard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.rapport.domain.Platform;

/**
 * Finds which of the user's platforms a profile on a card belongs to: by the type the card gives it (a platform's
 * id or name, as Rapport writes it, or the lower-case service names phone apps write), else by the web address.
 */
final class ProfileMatcher {

    // Keys are the ids of the default platforms: a user who renamed "X/Twitter" still has the id "x".
    private static final Map<String, String> HOSTS = Map.of(
            "linkedin.com", "linkedin",
            "facebook.com", "facebook",
            "fb.com", "facebook",
            "instagram.com", "instagram",
            "twitter.com", "x",
            "x.com", "x");
    private static final Map<String, String> TYPE_ALIASES = Map.of("twitter", "x");

    private final Map<String, String> idsByKey = new HashMap<>();

    ProfileMatcher(List<Platform> platforms) {
        for (Platform platform : platforms) {
            idsByKey.putIfAbsent(key(platform.id()), platform.id());
            idsByKey.putIfAbsent(key(platform.name()), platform.id());
        }
    }

    Optional<String> byType(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        String key = key(type);
        String id = idsByKey.get(key);
        if (id == null && TYPE_ALIASES.containsKey(key)) {
            id = idsByKey.get(TYPE_ALIASES.get(key));
        }
        return Optional.ofNullable(id);
    }

    Optional<String> byAddress(String address) {
        String host = host(address);
        for (Map.Entry<String, String> known : HOSTS.entrySet()) {
            if (host.equals(known.getKey()) || host.endsWith("." + known.getKey())) {
                return Optional.ofNullable(idsByKey.get(known.getValue()));
            }
        }
        return Optional.empty();
    }

    private static String host(String address) {
        String withScheme = address.contains("://") ? address : "https://" + address;
        try {
            String host = new URI(withScheme.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException notAnAddress) {
            return "";
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
