package app.rapport.ui.followups;

import java.util.List;
import java.util.OptionalInt;

import javafx.scene.Node;
import javafx.scene.Parent;

import app.rapport.ui.ScrollPlace;

/**
 * Which follow-up of the queue had the keyboard, by its place: when the queue is drawn again without it (done,
 * snoozed, dismissed), the follow-up that took that place gets the keyboard, so that it goes on down the queue
 * instead of falling to the top of the page. {@link ScrollPlace} gives it back when the control is still there.
 */
final class QueueFocus {

    private static final String ROW = ".follow-up-row";

    private QueueFocus() {
    }

    /** The place in the queue of the follow-up with the keyboard, if one has it. */
    static OptionalInt rowOf(Parent queue) {
        Node owner = queue.getScene() == null ? null : queue.getScene().getFocusOwner();
        List<Node> rows = rows(queue);
        for (int i = 0; owner != null && i < rows.size(); i++) {
            if (ScrollPlace.isInside(owner, rows.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The follow-up at this place, or the last when the queue got shorter, takes the keyboard on its contact. */
    static void focusRow(Parent queue, int row) {
        List<Node> rows = rows(queue);
        if (!rows.isEmpty()) {
            Node link = rows.get(Math.min(row, rows.size() - 1)).lookup(".hyperlink");
            if (link != null) {
                link.requestFocus();
            }
        }
    }

    private static List<Node> rows(Parent queue) {
        return List.copyOf(queue.lookupAll(ROW));
    }
}
