package app.rapport.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the sidebar, in order, each with the digit of its Ctrl shortcut. */
public enum Page {
    HOME("Home", Feather.HOME, 1),
    CONTACTS("Contacts", Feather.USERS, 2),
    SORT("Sort", Feather.SHUFFLE, 7),
    READINESS("Readiness", Feather.CHECK_CIRCLE, 3),
    FOLLOW_UPS("Follow-ups", Feather.BELL, 4),
    COLLISIONS("Collisions", Feather.ALERT_TRIANGLE, 5),
    SETTINGS("Settings", Feather.SETTINGS, 6),
    GUIDE("Guide", Feather.BOOK_OPEN, 8);

    private final String label;
    private final Ikon icon;
    private final int shortcutDigit;

    Page(String label, Ikon icon, int shortcutDigit) {
        this.label = label;
        this.icon = icon;
        this.shortcutDigit = shortcutDigit;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The digit of this page's Ctrl shortcut. */
    public int shortcutDigit() {
        return shortcutDigit;
    }
}
