package app.rapport.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Where a scroll pane stood and which control in it had the keyboard focus, taken before a page rebuilds its
 * content and given back after. A rebuild removes the focused control from the scene, and the focus then jumps
 * to the first control of the window, pulling the pane to the top: after a click low on a page, the user would
 * lose their place.
 */
public final class ScrollPlace {

    private final ScrollPane scroll;
    private final double offset;
    private final String focusedId;
    private final int focusedIndex;
    private final boolean hadFocus;

    private ScrollPlace(ScrollPane scroll, double offset, String focusedId, int focusedIndex, boolean hadFocus) {
        this.scroll = scroll;
        this.offset = offset;
        this.focusedId = focusedId;
        this.focusedIndex = focusedIndex;
        this.hadFocus = hadFocus;
    }

    /** The pane's place now: how far down, in pixels, and the focused control within it, if any. */
    public static ScrollPlace of(ScrollPane scroll) {
        Node focused = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
        boolean hadFocus = focused != null && isInside(focused, scroll.getContent());
        boolean named = hadFocus && focused.getId() != null;
        return new ScrollPlace(scroll, scroll.getVvalue() * scrollable(scroll), named ? focused.getId() : null,
                named ? focused.getParent().getChildrenUnmodifiable().indexOf(focused) : -1, hadFocus);
    }

    /**
     * Scrolls back to the same place in the new content and focuses the control with the same id; when that one
     * is now disabled (the button just clicked), the nearest enabled control beside it.
     *
     * @return false when the focused control had no id or is gone (an interaction deleted), for the page to
     *         choose where the focus goes; true otherwise
     */
    public boolean restore() {
        scroll.applyCss();
        scroll.layout();
        double range = scrollable(scroll);
        scroll.setVvalue(range > 0 ? Math.clamp(offset / range, 0, 1) : 0);
        if (focusedId == null) {
            return !hadFocus;
        }
        Node same = scroll.getContent().lookup("#" + focusedId);
        if (same == null) {
            return false;
        }
        if (!same.isDisabled()) {
            same.requestFocus();
            return true;
        }
        Parent row = same.getParent();
        int size = row.getChildrenUnmodifiable().size();
        for (int step = 1; step < size; step++) {
            for (int index : new int[] {focusedIndex + step, focusedIndex - step}) {
                if (index >= 0 && index < size) {
                    Node beside = row.getChildrenUnmodifiable().get(index);
                    if (!beside.isDisabled() && beside.isFocusTraversable()) {
                        beside.requestFocus();
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double scrollable(ScrollPane scroll) {
        return scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }

    /** Whether {@code node} is {@code ancestor} or lies within it. */
    public static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
