package app.rapport.ui;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.VerdictKind;

/**
 * One icon and one colour per verdict, always shown beside the verdict's words: the shape and the word carry
 * the meaning, the colour only repeats it.
 */
public final class VerdictGraphics {

    private VerdictGraphics() {
    }

    public static FontIcon icon(VerdictKind kind) {
        FontIcon icon = FontIcon.of(ikon(kind));
        icon.getStyleClass().add(styleClass(kind));
        return icon;
    }

    public static String styleClass(VerdictKind kind) {
        return switch (kind) {
            case CONNECTED, READY -> Styles.SUCCESS;
            case GET_TO_KNOW_FIRST, DECIDE_CATEGORY -> Styles.WARNING;
            case REDIRECT -> Styles.ACCENT;
            case KEEP_APART, RESPECT_DECLINE -> Styles.DANGER;
        };
    }

    /** A short word for a matrix cell; the full label is in the tooltip and on the contact page. */
    public static String shortLabel(VerdictKind kind) {
        return switch (kind) {
            case CONNECTED -> "Connected";
            case READY -> "Ready";
            case GET_TO_KNOW_FIRST -> "Get to know";
            case REDIRECT -> "Redirect";
            case KEEP_APART -> "Keep apart";
            case RESPECT_DECLINE -> "Respect no";
            case DECIDE_CATEGORY -> "Decide";
        };
    }

    private static Ikon ikon(VerdictKind kind) {
        return switch (kind) {
            case CONNECTED -> Feather.LINK;
            case READY -> Feather.CHECK_CIRCLE;
            case GET_TO_KNOW_FIRST -> Feather.COFFEE;
            case REDIRECT -> Feather.CORNER_UP_RIGHT;
            case KEEP_APART -> Feather.SHIELD;
            case RESPECT_DECLINE -> Feather.X_CIRCLE;
            case DECIDE_CATEGORY -> Feather.HELP_CIRCLE;
        };
    }
}
