package app.rapport.ui.home;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import app.rapport.service.HomeSummary;
import app.rapport.ui.Navigator;
import app.rapport.ui.PageContext;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.RevealFocused;
import app.rapport.ui.ShellPage;
import app.rapport.ui.welcome.SampleDataBanner;
import app.rapport.ui.welcome.SampleDataViewModel;

/**
 * The page Rapport opens on: what is due, who is waiting for an answer, and charts of the address book whose
 * every slice and bar opens the contacts it counts.
 */
public final class HomeView extends BorderPane implements ShellPage {

    private final HomeViewModel model;
    private final SampleDataBanner sampleData;
    private final Label date = new Label();
    private final DueCard due;
    private final PendingCard pending;
    private final CategoryChart categories;
    private final VerdictChart verdicts;
    private final InteractionChart interactions;

    public HomeView(HomeViewModel model, SampleDataBanner sampleData, Navigator navigator) {
        this.model = model;
        due = new DueCard(navigator, model::openDue);
        pending = new PendingCard(navigator);
        categories = new CategoryChart(navigator);
        verdicts = new VerdictChart(navigator);
        interactions = new InteractionChart(navigator);
        getStyleClass().add("home-page");
        this.sampleData = sampleData;
        setTop(new VBox(12, sampleData, header(), ProblemBanner.of("The home page could not be loaded",
                model.problemProperty(), model::dismissProblem, "home-problem")));
        setCenter(body());
        BorderPane.setMargin(getCenter(), new Insets(16, 0, 0, 0));
        setPadding(new Insets(20, 24, 16, 24));
        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
    }

    private Node header() {
        Label title = new Label("Home");
        title.getStyleClass().add(Styles.TITLE_2);
        date.getStyleClass().add(Styles.TEXT_MUTED);
        date.setId("home-date");
        HBox titleRow = new HBox(12, title, date);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        Label hint = new Label("Every slice and bar opens the contacts it counts: click it, or Tab to it and press "
                + "Enter.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(4, titleRow, hint);
    }

    /** The home page with its models, as the window opens it. */
    public static HomeView page(PageContext c) {
        SampleDataViewModel sample = new SampleDataViewModel(c.services().sampleData(), c.tasks(), c.dialogs(),
                c.changes());
        return new HomeView(new HomeViewModel(c.services().home(), c.tasks(), c.changes(), c.navigator()),
                new SampleDataBanner(sample), c.navigator());
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void shown() {
        model.shown();
        sampleData.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
        sampleData.hidden();
    }

    @Override
    public void undo() {
        sampleData.undo();
    }

    private Node body() {
        VBox rows = new VBox(16, row(2, due.node(), 1, pending.node()), row(9, categories.node(), 11, verdicts.node()),
                interactions.node());
        rows.setPadding(new Insets(0, 4, 8, 0));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setId("home-scroll");
        // Empty cards before the first load (or after a failed one) would read as "nothing due, no contacts".
        scroll.visibleProperty().bind(model.summaryProperty().isNotNull());
        RevealFocused.install(scroll, this, ChartCard.STYLE_CLASS);
        return scroll;
    }

    /** Two cards side by side, sharing the width in the given proportion and the height of the taller one. */
    private static Node row(int leftShare, Node left, int rightShare, Node right) {
        GridPane row = new GridPane(16, 0);
        for (int share : new int[] {leftShare, rightShare}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 * share / (leftShare + rightShare));
            row.getColumnConstraints().add(column);
        }
        row.addRow(0, left, right);
        return row;
    }

    private void show(HomeSummary summary) {
        if (summary == null) {
            return;
        }
        date.setText(HomeWords.today(summary.today()));
        due.show(summary);
        pending.show(summary);
        categories.show(summary);
        verdicts.show(summary);
        interactions.show(summary);
    }
}
