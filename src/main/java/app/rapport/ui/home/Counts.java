package app.rapport.ui.home;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A count axis: people and interactions come in whole numbers, so the ticks do too. */
final class Counts {

    private Counts() {
    }

    static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double number = value.doubleValue();
                return number == Math.rint(number) ? String.format("%,d", (long) number) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        return axis;
    }
}
