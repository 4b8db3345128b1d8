package app.rapport.ui.followups;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;

import app.rapport.ui.ScrollPlace;

/**
 * Where the keyboard was in the follow-up queue, kept across the queue being drawn again after every change: the
 * same control when its follow-up is still there, else the follow-up that took the place of the one done,
 * snoozed or dismissed, so that the keyboard goes on down the queue instead of falling to the top of the page.
 */
record QueueFocus(String controlId, int row) {

    private static final String ROW = ".follow-up-row";

    /** Null when the keyboard is not on a follow-up. */
    static QueueFocus of(Parent queue) {
        Node owner = queue.getScene() == null ? null : queue.getScene().getFocusOwner();
        if (owner == null || owner.getId() == null) {
            return null;
        }
        List<Node> rows = rows(queue);
        for (int i = 0; i < rows.size(); i++) {
            if (ScrollPlace.isInside(owner, rows.get(i))) {
                return new QueueFocus(owner.getId(), i);
            }
        }
        return null;
    }

    void restore(Parent queue) {
        Node same = queue.lookup("#" + controlId);
        if (same != null) {
            same.requestFocus();
            return;
        }
        List<Node> rows = rows(queue);
        if (!rows.isEmpty()) {
            Node next = rows.get(Math.min(row, rows.size() - 1)).lookup(".hyperlink");
            if (next != null) {
                next.requestFocus();
            }
        }
    }

    private static List<Node> rows(Parent queue) {
        return List.copyOf(queue.lookupAll(ROW));
    }
}
