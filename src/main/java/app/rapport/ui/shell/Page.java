package app.rapport.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the sidebar, in order; Ctrl+1 to Ctrl+5 open them. */
public enum Page {
    CONTACTS("Contacts", Feather.USERS, ""),
    READINESS("Readiness", Feather.CHECK_CIRCLE,
            "For every contact and platform: connect now, later or never, with the reasons and the next step."),
    FOLLOW_UPS("Follow-ups", Feather.BELL,
            "What to do next: meet before answering a request, catch up with people you have not seen, birthdays."),
    COLLISIONS("Collisions", Feather.ALERT_TRIANGLE,
            "Who among your connections on personal platforms is professional \u2014 who can see your personal posts."),
    SETTINGS("Settings", Feather.SETTINGS, "");

    private final String label;
    private final Ikon icon;
    private final String promise;

    Page(String label, Ikon icon, String promise) {
        this.label = label;
        this.icon = icon;
        this.promise = promise;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    String promise() {
        return promise;
    }

    /** The digit of this page's Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
