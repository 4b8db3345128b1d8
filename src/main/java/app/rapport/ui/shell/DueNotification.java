package app.rapport.ui.shell;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The start-up nudge: what is due, and a click away from the follow-ups. */
final class DueNotification {

    private DueNotification() {
    }

    static void show(Window owner, int due, Runnable openFollowUps) {
        Notifications.create()
                .owner(owner)
                // Painted with the theme's colours by app.css.
                .styleClass("rapport-nudge")
                .title("Rapport")
                .text(words(due))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(12))
                .onAction(event -> openFollowUps.run())
                // The follow-ups' own bell, as in the sidebar, rather than ControlsFX's glossy information icon.
                .graphic(FontIcon.of(Feather.BELL, 24))
                .show();
    }

    /** What it says: "2,840 follow-ups are due. Click to see them." */
    static String words(int due) {
        return due == 1 ? "1 follow-up is due. Click to see it."
                : String.format("%,d follow-ups are due. Click to see them.", due);
    }
}
