package app.rapport.ui;

import java.util.OptionalLong;

import javafx.scene.Node;

/** What the window needs of a page: its view, being told when it shows and hides, and the page's own undo. */
public interface ShellPage {

    Node view();

    /** The page is on screen: it loads what changed while it was hidden. */
    default void shown() {
    }

    default void hidden() {
    }

    /** Ctrl+Z on this page: takes back its last change, when it has one to take back. */
    default void undo() {
    }

    /** The contact Ctrl+I logs an interaction with: the one selected or shown, if any. */
    default OptionalLong contactInFocus() {
        return OptionalLong.empty();
    }
}
