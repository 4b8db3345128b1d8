package app.rapport.ui;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose columns fill its width while their least widths fit, and which scrolls sideways once they do not.
 * JavaFX's constrained resize policy turns the horizontal scroll bar off, so columns past the table's edge (a long
 * name, a user's sixth platform) would be out of reach.
 */
public final class FillOrScroll {

    private static final double VERTICAL_SCROLL_BAR_ROOM = 20;

    private FillOrScroll() {
    }

    /** Chooses the policy now and again whenever the table's width, its columns or their least widths change. */
    public static <S> void install(TableView<S> table) {
        InvalidationListener choose = observable -> {
            double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            table.setColumnResizePolicy(least + VERTICAL_SCROLL_BAR_ROOM <= table.getWidth()
                    ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY);
        };
        table.widthProperty().addListener(choose);
        table.getColumns().forEach(column -> column.minWidthProperty().addListener(choose));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(column -> column.minWidthProperty().removeListener(choose));
                change.getAddedSubList().forEach(column -> column.minWidthProperty().addListener(choose));
            }
            choose.invalidated(null);
        });
        choose.invalidated(null);
    }
}
