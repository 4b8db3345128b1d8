package app.rapport.domain;

/** The answer to "should I connect with this person on this platform?". */
public enum VerdictKind {
    CONNECTED("Connected"),
    READY("Ready to connect"),
    GET_TO_KNOW_FIRST("Get to know them first"),
    REDIRECT("Redirect to another platform"),
    KEEP_APART("Keep apart"),
    RESPECT_DECLINE("Respect their decline"),
    DECIDE_CATEGORY("Decide: barbecue or business lunch?");

    private final String label;

    VerdictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
