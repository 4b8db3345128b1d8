package app.rapport.ui.home;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A card holding one chart, or words when there is nothing to draw. Its slices and bars act like buttons:
 * clickable, reachable with Tab, fired with Enter or Space, read out by a screen reader, and described in words
 * (a tooltip, and the caption under the chart) so no number is told by size or colour alone.
 */
final class ChartCard {

    /** On the card, so that tabbing to a slice below the fold scrolls the whole chart into view. */
    static final String STYLE_CLASS = "home-chart-card";
    private static final String NODE_STYLE_CLASS = "home-chart-node";
    private static final double CHART_HEIGHT = 300;

    private final Card card = new Card();
    private final Label caption = new Label();
    private final String hint;

    ChartCard(String title, String hint, String id) {
        this.hint = hint;
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        card.setHeader(heading);
        card.setId(id);
        card.getStyleClass().add(STYLE_CLASS);
        // A card is a control, and would be a tab stop that does nothing.
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setId(id + "-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
    }

    Node node() {
        return card;
    }

    void show(Chart chart) {
        chart.setAnimated(false);
        chart.setMinSize(0, 0);
        chart.setPrefHeight(CHART_HEIGHT);
        caption.setText(hint);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox body = new VBox(4, chart, caption);
        card.setBody(body);
    }

    void showEmpty(String message) {
        Label empty = new Label(message, FontIcon.of(Feather.BAR_CHART_2));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setGraphicTextGap(10);
        empty.setId(card.getId() + "-empty");
        card.setBody(empty);
    }

    /** @param description what the element counts, with the exact number */
    void actionable(Node element, String description, Runnable action) {
        // Charts bind these for a read-only element reached only with a screen reader on; here it is a button.
        element.focusTraversableProperty().unbind();
        element.accessibleTextProperty().unbind();
        element.accessibleRoleProperty().unbind();
        element.accessibleRoleDescriptionProperty().unbind();
        element.setAccessibleRoleDescription(null);
        element.setFocusTraversable(true);
        element.getStyleClass().add(NODE_STYLE_CLASS);
        element.setAccessibleRole(AccessibleRole.BUTTON);
        element.setAccessibleText(description);
        element.setCursor(Cursor.HAND);
        Tooltip tooltip = new Tooltip(description);
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(element, tooltip);
        element.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                action.run();
            }
        });
        element.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                action.run();
            }
        });
        // A tooltip never shows for the keyboard, so the caption says what the focused element counts.
        Runnable describe = () -> caption.setText(element.isFocused() || element.isHover() ? description : hint);
        element.focusedProperty().addListener((obs, was, is) -> describe.run());
        element.hoverProperty().addListener((obs, was, is) -> describe.run());
    }
}
