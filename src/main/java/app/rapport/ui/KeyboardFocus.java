package app.rapport.ui;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Where the keyboard focus can go on a page: what is on screen, and the first control Tab would reach. */
public final class KeyboardFocus {

    private KeyboardFocus() {
    }

    /** Whether the node is in a window and neither it nor what holds it is hidden (a page put away). */
    public static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first node in {@code root}, or {@code root} itself, that takes the focus from Tab: visible, enabled and
     * focus-traversable, in the order of the scene graph, which is the order the pages lay their controls out in.
     */
    public static Optional<Node> first(Node root) {
        if (root instanceof Parent parent && parent.getScene() != null) {
            // A page opened for the first time has no skins yet, and a scroll pane's content is in the scene graph
            // only once its skin is: the styles make them, as the next frame would.
            parent.applyCss();
        }
        return firstIn(root);
    }

    private static Optional<Node> firstIn(Node root) {
        if (!root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root.isFocusTraversable()) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstIn(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
