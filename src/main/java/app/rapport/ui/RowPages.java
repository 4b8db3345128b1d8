package app.rapport.ui;

import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/**
 * A long list of rows built a page at a time, with "Show more (N left)" under them: thousands of follow-ups or
 * collisions would otherwise all be built, styled and laid out before the page could show, for a list read from
 * the top. The button is gone once clicked, so the keyboard goes on from the first row it brought.
 */
public final class RowPages {

    private RowPages() {
    }

    /**
     * Adds the first {@code perPage} of {@code items} to {@code rows}, each built by {@code row} (a separator
     * between two when {@code separated}), and the button, with id {@code moreId}, for the next page.
     */
    public static <T> void show(VBox rows, List<T> items, int perPage, String moreId, boolean separated,
                                Function<T, Node> row) {
        showFrom(rows, items, 0, perPage, moreId, separated, row);
    }

    private static <T> Node showFrom(VBox rows, List<T> items, int from, int perPage, String moreId,
                                     boolean separated, Function<T, Node> row) {
        int to = Math.min(items.size(), from + perPage);
        Node first = null;
        for (T item : items.subList(from, to)) {
            if (separated && !rows.getChildren().isEmpty()) {
                rows.getChildren().add(new Separator());
            }
            Node built = row.apply(item);
            rows.getChildren().add(built);
            first = first == null ? built : first;
        }
        if (to < items.size()) {
            Button more = new Button(String.format("Show more (%,d left)", items.size() - to));
            more.getStyleClass().add(Styles.FLAT);
            more.setId(moreId);
            more.setOnAction(event -> {
                rows.getChildren().remove(more);
                Node brought = showFrom(rows, items, to, perPage, moreId, separated, row);
                // Until laid out, the new rows have no place on screen, and a pane that scrolls to the focused
                // control (RevealFocused) would scroll to the top for them: the window is laid out first.
                Parent root = rows.getScene().getRoot();
                root.applyCss();
                root.layout();
                Controls.firstFocusable(brought).ifPresent(Node::requestFocus);
            });
            rows.getChildren().add(more);
        }
        return first;
    }
}
