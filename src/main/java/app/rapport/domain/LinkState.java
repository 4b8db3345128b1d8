package app.rapport.domain;

/** Where the user and a contact stand on one platform. */
public enum LinkState {
    NONE("Not connected"),
    REQUEST_RECEIVED("Request received"),
    REQUEST_SENT("Request sent"),
    CONNECTED("Connected"),
    DECLINED_BY_ME("Declined by me"),
    DECLINED_BY_THEM("Declined by them"),
    REMOVED("Removed");

    private final String label;

    LinkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
