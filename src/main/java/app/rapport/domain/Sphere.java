package app.rapport.domain;

/** What a platform is for; the readiness rules depend on it, not on the platform's name. */
public enum Sphere {
    PROFESSIONAL("Professional"),
    PERSONAL("Personal"),
    PUBLIC("Public"),
    BRAND("Brand");

    private final String label;

    Sphere(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
