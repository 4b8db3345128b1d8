package app.rapport.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A tooltip is a popup window with a scene of its
 * own: rows of buttons that each made theirs at once spent most of a page's first visit on tooltips nobody
 * hovered (a follow-ups page of twenty rows a section made over a hundred). The words are known at once all
 * the same: they are the control's accessible help, which a screen reader says as it would a tooltip's.
 */
public final class Tooltips {

    private static final String WORDS = "rapport.tooltip.words";
    private static final String MAKER = "rapport.tooltip.maker";

    private Tooltips() {
    }

    /** Gives {@code control} a tooltip of {@code words}, made on first hover; later calls change its words. */
    public static void lazy(Control control, String words) {
        control.getProperties().put(WORDS, words);
        control.setAccessibleHelp(words);
        if (control.getTooltip() != null) {
            control.getTooltip().setText(words);
            return;
        }
        if (!control.getProperties().containsKey(MAKER)) {
            EventHandler<MouseEvent> maker = event -> make(control);
            control.getProperties().put(MAKER, maker);
            // Installed while the pointer enters, the tooltip shows on the pointer's next move, as any other does.
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, maker);
        }
    }

    /** The control's tooltip, made now if the pointer has not been over it yet; null when it has none. */
    public static Tooltip of(Control control) {
        return control.getProperties().containsKey(MAKER) ? make(control) : control.getTooltip();
    }

    @SuppressWarnings("unchecked")
    private static Tooltip make(Control control) {
        EventHandler<MouseEvent> maker = (EventHandler<MouseEvent>) control.getProperties().remove(MAKER);
        if (maker != null) {
            control.removeEventHandler(MouseEvent.MOUSE_ENTERED, maker);
            control.setTooltip(new Tooltip((String) control.getProperties().get(WORDS)));
        }
        return control.getTooltip();
    }
}
