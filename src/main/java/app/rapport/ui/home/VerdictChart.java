package app.rapport.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

import app.rapport.ui.Navigator;
import app.rapport.domain.Platform;
import app.rapport.domain.VerdictKind;
import app.rapport.service.HomeSummary;
import app.rapport.ui.VerdictGraphics;

/**
 * Verdicts by platform: one stacked bar per platform, one series per verdict. The bars lie down so platform
 * names of any length stay readable, and the legend uses the readiness page's short verdict words; tooltips
 * and the caption give the full label and the exact number.
 */
final class VerdictChart {

    private final ChartCard card = new ChartCard("Verdicts by platform",
            "Click a bar part to see those contacts on the readiness page.", "home-verdicts");
    private final Navigator navigator;

    VerdictChart(Navigator navigator) {
        this.navigator = navigator;
    }

    Node node() {
        return card.node();
    }

    void show(HomeSummary summary) {
        Map<Platform, Map<VerdictKind, Integer>> counts = summary.verdictsByPlatform();
        if (summary.noContacts() || counts.isEmpty()) {
            card.showEmpty(counts.isEmpty() ? "Every platform is hidden (see Settings)."
                    : "No verdicts yet: add contacts first.");
            return;
        }
        // A vertical category axis counts from the bottom; reversed, the platforms read top-down as in Settings.
        List<String> names = new ArrayList<>(counts.keySet().stream().map(Platform::name).toList()).reversed();
        CategoryAxis platforms = new CategoryAxis(FXCollections.observableArrayList(names));
        platforms.setAutoRanging(false);
        StackedBarChart<Number, String> chart = new StackedBarChart<>(Counts.axis("Contacts"), platforms);
        chart.setId("home-verdict-chart");
        chart.setCategoryGap(10);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (VerdictKind kind : VerdictKind.values()) {
            XYChart.Series<Number, String> ofKind = new XYChart.Series<>();
            ofKind.setName(VerdictGraphics.shortLabel(kind));
            counts.forEach((platform, byKind) -> {
                int count = byKind.getOrDefault(kind, 0);
                if (count > 0) {
                    XYChart.Data<Number, String> bar = new XYChart.Data<>(count, platform.name());
                    bar.setExtraValue(new Bar(platform, kind));
                    ofKind.getData().add(bar);
                }
            });
            // Every verdict keeps its series, even empty, so its colour (by series index) is the same on every
            // day and matches the legend.
            series.add(ofKind);
        }
        chart.getData().setAll(series);
        series.forEach(ofKind -> ofKind.getData().forEach(this::makeActionable));
        card.show(chart);
    }

    private void makeActionable(XYChart.Data<Number, String> data) {
        Bar bar = (Bar) data.getExtraValue();
        data.getNode().setId("home-verdict-" + bar.platform().id() + "-" + bar.kind().name());
        card.actionable(data.getNode(), bar.platform().name() + " \u2014 " + bar.kind().label() + ": "
                + HomeWords.contacts(data.getXValue().intValue()),
                () -> navigator.openReadiness(bar.kind(), bar.platform().id()));
    }

    /** What one part of a stacked bar counts: a verdict on a platform. */
    private record Bar(Platform platform, VerdictKind kind) {
    }
}
