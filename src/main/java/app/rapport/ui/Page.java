package app.rapport.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the sidebar, in order; Ctrl+1 to Ctrl+6 open them. */
public enum Page {
    HOME("Home", Feather.HOME),
    CONTACTS("Contacts", Feather.USERS),
    READINESS("Readiness", Feather.CHECK_CIRCLE),
    FOLLOW_UPS("Follow-ups", Feather.BELL),
    COLLISIONS("Collisions", Feather.ALERT_TRIANGLE),
    SETTINGS("Settings", Feather.SETTINGS);

    private final String label;
    private final Ikon icon;

    Page(String label, Ikon icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The digit of this page's Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
