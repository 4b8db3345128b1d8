package app.rapport.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Makes a scroll pane follow the keyboard focus. A ScrollPane does not do this by itself, so Tab would move
 * into controls the user cannot see.
 */
final class FocusScroll {

    private static final double MARGIN = 24;

    private FocusScroll() {
    }

    static void follow(ScrollPane scroll) {
        ChangeListener<Node> onFocus = (obs, old, focused) -> reveal(scroll, focused);
        // The page leaves and re-enters the scene each time it is opened: listen to the current scene only.
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (node.getMinY() < top + MARGIN) {
            newTop = node.getMinY() - MARGIN;
        } else if (node.getMaxY() > top + viewport - MARGIN) {
            newTop = node.getMaxY() - viewport + MARGIN;
        }
        scroll.setVvalue(Math.clamp(newTop / (contentHeight - viewport), 0, 1));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
