package app.rapport.interchange.vcard;

import java.util.Objects;

/** A social profile found on a card, already matched to one of the user's platforms. */
public record VCardProfile(String platformId, String handle) {

    public VCardProfile {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(handle, "handle");
    }
}
