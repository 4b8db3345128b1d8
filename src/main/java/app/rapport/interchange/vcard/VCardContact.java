package app.rapport.interchange.vcard;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.rapport.domain.Contact;
import app.rapport.interchange.RowIssue;

/**
 * One card read from a file, as an unsaved contact.
 *
 * @param position the card's number in the file, from 1
 * @param line     the line of its BEGIN:VCARD, from 1
 * @param uid      the card's UID, "" if it has none; Rapport's own cards carry {@code urn:rapport:contact:<id>}
 * @param profiles its social profiles on the user's platforms, at most one per platform
 * @param leftOut  what of the card was not imported and why, in words for the user, each with its line
 */
public record VCardContact(int position, int line, String uid, Contact contact, List<VCardProfile> profiles,
                           List<RowIssue> leftOut) {

    static final String UID_PREFIX = "urn:rapport:contact:";
    private static final Pattern RAPPORT_UID = Pattern.compile(Pattern.quote(UID_PREFIX) + "(\\d{1,18})");

    public VCardContact {
        Objects.requireNonNull(contact, "contact");
        uid = uid == null ? "" : uid;
        profiles = List.copyOf(profiles);
        leftOut = List.copyOf(leftOut);
    }

    VCardContact withLeftOut(List<RowIssue> notes) {
        return new VCardContact(position, line, uid, contact, profiles, notes);
    }

    /** The id of the contact a Rapport export made this card from, so a re-import can update instead of doubling. */
    public OptionalLong rapportId() {
        Matcher matcher = RAPPORT_UID.matcher(uid);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
