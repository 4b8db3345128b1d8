package app.rapport.ui.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.chart.PieChart;

import app.rapport.domain.Category;
import app.rapport.service.HomeSummary;
import app.rapport.ui.Navigator;

/** Contacts by category: a pie whose labels carry the words and the counts. */
final class CategoryChart {

    private final ChartCard card = new ChartCard("Contacts by category",
            "Click a slice to list those contacts.", "home-categories");
    private final Navigator navigator;

    CategoryChart(Navigator navigator) {
        this.navigator = navigator;
    }

    Node node() {
        return card.node();
    }

    void show(HomeSummary summary) {
        if (summary.noContacts()) {
            card.showEmpty("No contacts yet: add some to see your worlds.");
            return;
        }
        PieChart chart = new PieChart();
        chart.setId("home-category-chart");
        // The slice labels already name each category; a legend would say it twice.
        chart.setLegendVisible(false);
        chart.setStartAngle(90);
        chart.setLabelLineLength(12);
        Map<Category, PieChart.Data> slices = new LinkedHashMap<>();
        summary.contactsByCategory().forEach((category, count) -> {
            if (count > 0) {
                slices.put(category, new PieChart.Data(HomeWords.sliceLabel(category, count), count));
            }
        });
        chart.getData().setAll(slices.values());
        slices.forEach((category, slice) -> {
            slice.getNode().setId("home-slice-" + category.name());
            // One colour per category, whichever categories have contacts: the theme's colours go by position.
            slice.getNode().getStyleClass().add("category-" + category.name().toLowerCase(Locale.ROOT));
            if (slices.size() == 1) {
                // Whole, the slice's border would draw one line from the centre to the top.
                slice.getNode().getStyleClass().add("whole-pie");
            }
            card.actionable(slice.getNode(), category.label() + ": " + HomeWords.contacts((int) slice.getPieValue()),
                    () -> navigator.openContactsWithCategory(category));
        });
        card.show(chart);
    }
}
