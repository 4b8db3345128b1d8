package app.rapport.ui;

import java.util.function.Supplier;

import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell's tooltip, made when the pointer first comes over the cell and worded each time it shows, from
 * what the cell holds then. A table makes a cell for every column of every visible row, and a cell that made
 * its tooltip window at once cost a page's first visit some hundred windows nobody looked at (see
 * {@link Tooltips}); a cell shows many rows as it scrolls, so its words are only worked out when they show.
 */
public final class CellTooltip {

    private final Cell<?> cell;
    private Tooltip made;
    private boolean wanted;

    public CellTooltip(Cell<?> cell, Supplier<String> words) {
        this.cell = cell;
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (wanted && made == null) {
                made = new Tooltip();
                made.setOnShowing(showing -> made.setText(words.get()));
                cell.setTooltip(made);
            }
        });
    }

    /** Whether what the cell holds now has a tooltip; call it as the cell is given each item. */
    public void want(boolean wanted) {
        this.wanted = wanted;
        if (made != null) {
            cell.setTooltip(wanted ? made : null);
        }
    }
}
