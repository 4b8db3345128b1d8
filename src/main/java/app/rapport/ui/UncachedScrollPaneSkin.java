package app.rapport.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport drawn directly rather than through a cached image. The skin caches
 * the viewport as a bitmap of the visible area, kept by every scroll pane of every page built so far, for good:
 * with the software pipeline those bitmaps are int arrays in the Java heap (most of the ~30 MB of them seen after
 * visiting every page at 30,000 contacts), and the cache draws each change twice, once into the bitmap and once
 * onto the window. It also blurs text at fractional scroll offsets. app.css gives it to every scroll pane
 * ({@code -fx-skin}), those inside text areas included.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
