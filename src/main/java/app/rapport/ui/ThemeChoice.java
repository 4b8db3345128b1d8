package app.rapport.ui;

/** Light or dark, or whatever the operating system uses. */
public enum ThemeChoice {
    SYSTEM("Same as the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ThemeChoice parse(String value) {
        for (ThemeChoice choice : values()) {
            if (choice.name().equals(value)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
