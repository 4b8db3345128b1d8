package app.rapport.ui.home;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;

import app.rapport.ui.Navigator;
import app.rapport.service.HomeSummary;

/** Interactions per month over the last year, oldest month first. */
final class InteractionChart {

    private final ChartCard card = new ChartCard("Interactions per month",
            "Click a bar to list the contacts you were in touch with that month.",
            "home-interactions");
    private final Navigator navigator;

    InteractionChart(Navigator navigator) {
        this.navigator = navigator;
    }

    Node node() {
        return card.node();
    }

    void show(HomeSummary summary) {
        Map<YearMonth, Integer> months = summary.interactionsByMonth();
        if (months.values().stream().allMatch(count -> count == 0)) {
            card.showEmpty("No interactions in the last 12 months. Log one on a contact's page.");
            return;
        }
        CategoryAxis axis = new CategoryAxis(FXCollections.observableArrayList(
                months.keySet().stream().map(HomeWords::month).toList()));
        // Quiet months keep their place on the axis: a gap is part of the picture.
        axis.setAutoRanging(false);
        BarChart<String, Number> chart = new BarChart<>(axis, Counts.axis("Interactions"));
        chart.setId("home-interaction-chart");
        chart.setLegendVisible(false);
        chart.setCategoryGap(8);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Interactions");
        months.forEach((month, count) -> {
            if (count > 0) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(HomeWords.month(month), count);
                bar.setExtraValue(month);
                series.getData().add(bar);
            }
        });
        chart.getData().setAll(List.of(series));
        for (XYChart.Data<String, Number> bar : series.getData()) {
            YearMonth month = (YearMonth) bar.getExtraValue();
            bar.getNode().setId("home-month-" + month);
            card.actionable(bar.getNode(), HomeWords.fullMonth(month) + ": "
                    + HomeWords.interactions(bar.getYValue().intValue()),
                    () -> navigator.openContactsWithInteractionIn(month));
        }
        card.show(chart);
    }
}
