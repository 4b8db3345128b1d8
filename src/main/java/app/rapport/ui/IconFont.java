package app.rapport.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icon font every page draws its icons with. Ikonli reads it, writes it to a temporary file for JavaFX and
 * registers its stylesheet the first time any icon is made: about 45 ms of the FX thread at start-up, cold,
 * which the sidebar used to pay while the window was built.
 */
public final class IconFont {

    private IconFont() {
    }

    /** On the FX thread, since it registers a stylesheet: the icon made is dropped, the font stays loaded. */
    public static void load() {
        FontIcon.of(Feather.HOME);
    }
}
