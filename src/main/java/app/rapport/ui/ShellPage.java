package app.rapport.ui;

import java.util.Optional;
import java.util.OptionalLong;

import javafx.scene.Node;

/**
 * What the window needs of a page: its view, being told when it shows and hides, where the keyboard starts on it,
 * and the page's own undo.
 */
public interface ShellPage {

    Node view();

    /** The page is on screen: it loads what changed while it was hidden. */
    default void shown() {
    }

    default void hidden() {
    }

    /**
     * Opened by its shortcut, or with the keyboard focus gone with the page left behind: the page takes the focus
     * where the keyboard starts on it, by default its first control. False when it has nowhere to take it.
     */
    default boolean takeFocus() {
        Optional<Node> first = KeyboardFocus.first(view());
        first.ifPresent(Node::requestFocus);
        return first.isPresent();
    }

    /** Ctrl+Z on this page: takes back its last change, when it has one to take back. */
    default void undo() {
    }

    /** The contact Ctrl+I logs an interaction with: the one selected or shown, if any. */
    default OptionalLong contactInFocus() {
        return OptionalLong.empty();
    }
}
