package app.rapport.ui.contact;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Makes a pane show exactly the nodes wanted, in order, by adding and removing only those that differ. A node
 * that stays is never taken out and put back: that would make JavaFX match its styles again, which is most of
 * the time a contact's page took to open.
 */
final class Shown {

    private Shown() {
    }

    /** Nodes that change places are all put back, in the order wanted. */
    static void only(ObservableList<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        children.retainAll(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            if (children.contains(node)) {
                children.setAll(wanted);
                return;
            }
            children.add(i, node);
        }
    }
}
