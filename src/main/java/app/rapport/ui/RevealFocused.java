package app.rapport.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A ScrollPane does not follow the keyboard focus: tabbing to a button below the fold would leave it unseen.
 * This scrolls just enough to show the row (the nearest ancestor with the given style class) of whichever node
 * inside the pane gets the focus, or has it when the pane gets shorter, so the user sees what the focused control
 * belongs to, not only the control.
 */
public final class RevealFocused {

    private static final double MARGIN = 12;

    private RevealFocused() {
    }

    /** Reveals the focused control itself, for a pane without rows (a form). */
    public static void install(ScrollPane scroll) {
        install(scroll, scroll, null);
    }

    /** {@code rowStyleClass} null: the focused control itself. */
    public static void install(ScrollPane scroll, Node page, String rowStyleClass) {
        ChangeListener<Node> reveal = (obs, old, focused) -> reveal(scroll, rowOf(focused, rowStyleClass));
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(reveal);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(reveal);
            }
        });
        // A bar appearing below the pane (an undo bar after a click) must not hide the control just used. The
        // pane is in the middle of its layout then, which would undo a scroll made now: it is made just after.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (now.getHeight() < old.getHeight() && scroll.getScene() != null) {
                Platform.runLater(() -> {
                    if (scroll.getScene() != null) {
                        reveal(scroll, rowOf(scroll.getScene().getFocusOwner(), rowStyleClass));
                    }
                });
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds target = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = scroll.getVvalue() * scrollable;
        if (target.getMinY() - MARGIN < top) {
            top = target.getMinY() - MARGIN;
        } else if (target.getMaxY() + MARGIN > top + viewport) {
            top = target.getMaxY() + MARGIN - viewport;
        } else {
            return;
        }
        scroll.setVvalue(Math.clamp(top / scrollable, 0, 1));
    }

    private static Node rowOf(Node focused, String rowStyleClass) {
        for (Node n = focused; n != null && rowStyleClass != null; n = n.getParent()) {
            if (n.getStyleClass().contains(rowStyleClass)) {
                return n;
            }
        }
        return focused;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
