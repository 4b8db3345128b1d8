package app.rapport.domain;

/** Which of the user's worlds a contact belongs to [002]. */
public enum Category {
    PERSONAL("Personal", "Barbecue at home: friends and family."),
    PROFESSIONAL("Professional", "Business lunch: clients, colleagues, the people you work with."),
    BOTH("Both", "Both a friend and someone you work with."),
    UNDECIDED("Undecided", "Not decided yet: barbecue or business lunch?");

    /** The question the article asks to sort a new connection into a world [002]. */
    public static final String DECIDING_QUESTION =
            "Would you invite this person over for a barbecue or meet them for a business lunch?";

    private final String label;
    private final String explanation;

    Category(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
