package app.rapport.ui.readiness;

import javafx.scene.control.TableCell;

import app.rapport.domain.Platform;
import app.rapport.domain.Verdict;
import app.rapport.service.ReadinessRow;
import app.rapport.ui.CellTooltip;
import app.rapport.ui.VerdictGraphics;

/** A verdict in the readiness table: its short label and icon, its kind and next step in the tooltip. */
final class VerdictCell extends TableCell<ReadinessRow, Verdict> {

    private final Platform platform;
    // Worded as it shows: the verdicts keep no words (see Verdict), and a cell shows many as it scrolls.
    private final CellTooltip nextStep = new CellTooltip(this, () -> getItem() == null ? ""
            : getItem().kind().label() + "\n" + getItem().nextStep());

    VerdictCell(Platform platform) {
        this.platform = platform;
    }

    /**
     * Whether the cell must show another verdict: another object. Equal verdicts have equal reasons, and
     * comparing them would word both verdicts' reasons for every cell the table fills or scrolls to.
     */
    @Override
    protected boolean isItemChanged(Verdict oldItem, Verdict newItem) {
        return oldItem != newItem;
    }

    @Override
    protected void updateItem(Verdict verdict, boolean empty) {
        super.updateItem(verdict, empty);
        nextStep.want(!empty && verdict != null);
        if (empty || verdict == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setText(VerdictGraphics.shortLabel(verdict.kind()));
        setGraphic(VerdictGraphics.icon(verdict.kind()));
        setAccessibleText(platform.name() + ": " + verdict.kind().label());
    }
}
