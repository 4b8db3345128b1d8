package app.rapport.interchange;

import java.time.LocalDate;
import java.util.Objects;

import app.rapport.domain.LinkState;

/**
 * One LinkedIn invitation, seen from the user's side: the other person, their profile URL ("" if the export
 * has none), REQUEST_RECEIVED or REQUEST_SENT, the day it was sent (null if unreadable) and its message.
 */
public record ImportedRequest(int line, String name, String profileUrl, LinkState state, LocalDate sentOn,
                              String message) {

    public ImportedRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        profileUrl = profileUrl == null ? "" : profileUrl.strip();
        message = message == null ? "" : message.strip();
    }

    /** The first word of the name, which is how LinkedIn splits a name into first and last. */
    public String givenName() {
        int space = name.strip().indexOf(' ');
        return space < 0 ? name.strip() : name.strip().substring(0, space);
    }

    /** The name after its first word; "" for a name of one word. */
    public String familyName() {
        int space = name.strip().indexOf(' ');
        return space < 0 ? "" : name.strip().substring(space + 1).strip();
    }

    /**
     * Whether this request is from or to the given contact: by profile URL when both sides have one (two people
     * can share a name, never a profile), otherwise by name.
     */
    public boolean isFor(String displayName, String contactProfileUrl) {
        String mine = MatchKeys.profile(profileUrl);
        String theirs = MatchKeys.profile(contactProfileUrl);
        if (!mine.isEmpty() && !theirs.isEmpty()) {
            return mine.equals(theirs);
        }
        return MatchKeys.name(name).equals(MatchKeys.name(displayName));
    }
}
