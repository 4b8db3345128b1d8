package app.rapport.ui.readiness;

import javafx.scene.control.TableCell;

import app.rapport.domain.Platform;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;
import app.rapport.service.ReadinessRow;
import app.rapport.ui.CellTooltip;
import app.rapport.ui.VerdictGraphics;

/** A verdict in the readiness table: its short label and icon, its kind and next step in the tooltip. */
final class VerdictCell extends TableCell<ReadinessRow, VerdictKind> {

    private final Platform platform;
    // Worded as it shows: the rows keep only their verdicts' kinds (see ReadinessRow), and a cell shows many as it
    // scrolls.
    private final CellTooltip nextStep = new CellTooltip(this, this::words);

    VerdictCell(Platform platform) {
        this.platform = platform;
    }

    @Override
    protected void updateItem(VerdictKind kind, boolean empty) {
        super.updateItem(kind, empty);
        nextStep.want(!empty && kind != null);
        if (empty || kind == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setText(VerdictGraphics.shortLabel(kind));
        setGraphic(VerdictGraphics.icon(kind));
        setAccessibleText(platform.name() + ": " + kind.label());
    }

    private String words() {
        ReadinessRow row = getTableRow() == null ? null : getTableRow().getItem();
        Verdict verdict = row == null ? null : row.verdict(platform.id());
        return verdict == null ? "" : verdict.kind().label() + "\n" + verdict.nextStep();
    }
}
