package app.rapport.domain;

/** How freely the user connects on professional platforms: only people they can vouch for [004], or anyone [003]. */
public enum LinkedInStyle {
    SELECTIVE("Selective"),
    OPEN("Open networker");

    private final String label;

    LinkedInStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
