package app.rapport.ui.readiness;

import java.util.Objects;
import java.util.Optional;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import app.rapport.service.ReadinessRow;

/**
 * Where the user was in the readiness matrix: the cell with the keyboard, by contact and platform, and the first row
 * on screen. The page lets its rows go while hidden and reads them again when shown, so a contact opened from the
 * matrix, and Back, started again at the top of 30,000 rows.
 */
record MatrixPlace(long contactId, Object platformId, int firstShown) {

    static Optional<MatrixPlace> of(TableView<ReadinessRow> table) {
        TablePosition<ReadinessRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= table.getItems().size()) {
            return Optional.empty();
        }
        int first = table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                ? flow.getFirstVisibleCell().getIndex() : focused.getRow();
        return Optional.of(new MatrixPlace(table.getItems().get(focused.getRow()).contact().id(),
                platformOf(focused.getTableColumn()), first));
    }

    /** The same contact's cell has the keyboard again, among the rows shown before, unless it is not shown now. */
    void restore(TableView<ReadinessRow> table) {
        int row = -1;
        for (int i = 0; i < table.getItems().size() && row < 0; i++) {
            if (table.getItems().get(i).contact().id() == contactId) {
                row = i;
            }
        }
        if (row < 0) {
            return;
        }
        // The name column has no platform.
        TableColumn<ReadinessRow, ?> column = table.getColumns().stream()
                .filter(c -> Objects.equals(platformOf(c), platformId)).findFirst().orElse(null);
        table.scrollTo(Math.min(firstShown, row));
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
    }

    private static Object platformOf(TableColumn<ReadinessRow, ?> column) {
        return column == null ? null : column.getUserData();
    }
}
