package app.rapport.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editable message with placeholders: {firstName}, {howWeMet}, {platform}, {myName}. Unknown placeholders
 * are left as typed, so a typo shows in the filled text instead of vanishing.
 */
public record MessageTemplate(String id, String name, String body) {

    public static final String CONNECTION_NOTE = "connection-note";
    public static final String COFFEE_INVITATION = "coffee-invitation";
    public static final String REDIRECT_REPLY = "redirect-reply";
    public static final String POLITE_DECLINE = "polite-decline";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    public String fill(Contact contact, Platform platform, String myName) {
        String firstName = !contact.givenName().isBlank() ? contact.givenName()
                : contact.displayName().strip().split("\\s+")[0];
        Map<String, String> values = Map.of(
                "firstName", firstName,
                "howWeMet", contact.howWeMet().isBlank() ? "when we met" : contact.howWeMet(),
                "platform", platform.name(),
                "myName", myName == null ? "" : myName.strip());
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString().strip();
    }
}
