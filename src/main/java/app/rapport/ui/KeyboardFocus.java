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
     * The first control in {@code root}, or {@code root} itself, that takes the keyboard, in the order Tab goes
     * ({@link Controls#firstFocusable}), once the styles have made what a page new on screen still lacks.
     */
    public static Optional<Node> first(Node root) {
        if (root instanceof Parent parent && parent.getScene() != null) {
            // A page opened for the first time has no skins yet, and a scroll pane's content is in the scene graph
            // only once its skin is: the styles make them, as the next frame would.
            parent.applyCss();
        }
        return Controls.firstFocusable(root);
    }
}
