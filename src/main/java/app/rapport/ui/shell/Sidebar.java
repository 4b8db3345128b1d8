package app.rapport.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.Page;

/** The list of pages down the window's left side, each with its shortcut and, where it has one, its count. */
final class Sidebar extends VBox {

    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

    Sidebar(Function<Page, Optional<Badge>> badges, Consumer<Page> open) {
        super(4);
        Label brand = new Label("Rapport");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        getChildren().add(brand);
        getStyleClass().add("sidebar");
        setPadding(new Insets(18, 10, 12, 10));
        // Wide enough for the longest page name beside a four-character badge ("999+").
        setPrefWidth(212);
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton();
            button.setGraphic(content(page, badges.apply(page).map(Sidebar::badge).orElse(null)));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + page.name().toLowerCase().replace('_', '-'));
            String shortcut = "Ctrl+" + page.shortcutDigit();
            button.setTooltip(new Tooltip(page.label() + " (" + shortcut + ")"));
            button.setAccessibleText(page.label() + ", " + shortcut);
            button.setOnAction(event -> open.accept(page));
            buttons.put(page, button);
            getChildren().add(button);
        }
        // A toggle group lets the user unselect the current page; keep one always chosen.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    void select(Page page) {
        buttons.get(page).setSelected(true);
    }

    void focus(Page page) {
        buttons.get(page).requestFocus();
    }

    private static Node content(Page page, Label badge) {
        Label label = new Label(page.label(), FontIcon.of(page.icon(), 16));
        label.setGraphicTextGap(10);
        // The page's name keeps its width, as its badge does.
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(label, spacer);
        if (badge != null) {
            box.getChildren().add(badge);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A number in the sidebar; hidden at zero, and its meaning is in its accessible text and tooltip. */
    private static final int MOST_SHOWN = 999;

    private static Label badge(Badge badge) {
        Label label = new Label();
        label.getStyleClass().add("nav-badge");
        // Thousands of open follow-ups (a large import) would push the page's name out of the sidebar: past 999
        // the badge says "999+", and its tooltip and accessible text give the number.
        label.textProperty().bind(badge.count().map(n -> n.intValue() > MOST_SHOWN ? MOST_SHOWN + "+" : n.toString()));
        label.visibleProperty().bind(badge.count().greaterThan(0));
        label.managedProperty().bind(label.visibleProperty());
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setId(badge.id());
        Runnable describe = () -> {
            String text = badge.words(badge.count().get());
            label.setAccessibleText(text);
            label.setTooltip(new Tooltip(text));
        };
        badge.count().addListener((obs, old, now) -> describe.run());
        describe.run();
        return label;
    }
}
