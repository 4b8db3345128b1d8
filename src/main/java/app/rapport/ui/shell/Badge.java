package app.rapport.ui.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;

/** A number beside a page in the sidebar, with what it counts in words for one and for many. */
record Badge(String id, ReadOnlyIntegerProperty count, String one, String many) {

    String words(int n) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
