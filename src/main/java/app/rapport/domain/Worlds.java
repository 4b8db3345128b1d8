package app.rapport.domain;

/** Whether the user keeps personal and professional contacts on separate platforms [001]. */
public enum Worlds {
    SEPARATE("Keep separate"),
    BLEND("Blend (work-life integration)");

    private final String label;

    Worlds(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
