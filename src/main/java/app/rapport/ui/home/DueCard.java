package app.rapport.ui.home;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.DueFollowUp;
import app.rapport.service.HomeSummary;
import app.rapport.ui.Navigator;
import app.rapport.ui.Page;
import app.rapport.ui.Tooltips;

/** What to do today: overdue follow-ups first, then today's, each opening its contact (or Sort, for the shared one). */
final class DueCard {

    /** A morning's worth; the follow-ups page has the rest. */
    static final int SHOWN = 5;

    private final Card card = new Card();
    private final Label count = new Label();
    private final Consumer<DueFollowUp> open;

    DueCard(Navigator navigator, Consumer<DueFollowUp> open) {
        this.open = open;
        Label title = new Label("Due");
        title.getStyleClass().add(Styles.TITLE_4);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("home-due-count");
        HBox header = new HBox(10, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        card.setHeader(header);
        Hyperlink all = new Hyperlink("See all follow-ups", FontIcon.of(Feather.ARROW_RIGHT));
        all.setContentDisplay(ContentDisplay.RIGHT);
        all.setOnAction(event -> navigator.open(Page.FOLLOW_UPS));
        all.setId("home-all-follow-ups");
        card.setFooter(all);
        card.setId("home-due");
        // A card is a control, and would be a tab stop that does nothing.
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
    }

    Node node() {
        return card;
    }

    void show(HomeSummary summary) {
        List<DueFollowUp> overdue = summary.overdue();
        List<DueFollowUp> today = summary.dueToday();
        count.setText(String.format("%,d overdue \u00b7 %,d today", overdue.size(), today.size()));
        if (overdue.isEmpty() && today.isEmpty()) {
            Label empty = new Label("Nothing due today, nothing overdue.", FontIcon.of(Feather.CHECK_CIRCLE));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            empty.setGraphicTextGap(10);
            empty.setId("home-due-empty");
            card.setBody(empty);
            return;
        }
        VBox body = new VBox(4);
        if (!overdue.isEmpty()) {
            body.getChildren().add(section("Overdue", Feather.ALERT_TRIANGLE, Styles.DANGER, "home-overdue"));
            addItems(body, overdue, summary.today());
        }
        if (!today.isEmpty()) {
            body.getChildren().add(section("Today", Feather.CALENDAR, Styles.ACCENT, "home-today"));
            addItems(body, today, summary.today());
        }
        card.setBody(body);
    }

    private void addItems(VBox body, List<DueFollowUp> items, LocalDate today) {
        items.stream().limit(SHOWN).forEach(item -> body.getChildren().add(item(item, today)));
        if (items.size() > SHOWN) {
            Label more = new Label(HomeWords.more(items.size() - SHOWN));
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            body.getChildren().add(more);
        }
    }

    private static Node section(String text, Ikon ikon, String style, String id) {
        FontIcon icon = FontIcon.of(ikon);
        icon.getStyleClass().add(style);
        Label label = new Label(text, icon);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, style);
        label.setGraphicTextGap(8);
        label.setId(id);
        return label;
    }

    private Button item(DueFollowUp item, LocalDate today) {
        // Both lines are the button's own text, which wraps to the card's width (a label inside a button cannot
        // be asked its height for a width, and would be cut).
        String detail = HomeWords.dueDetail(item, today);
        Button button = new Button(item.title() + "\n" + detail);
        button.setWrapText(true);
        button.setTextAlignment(TextAlignment.LEFT);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.getStyleClass().addAll(Styles.FLAT, "home-due-item");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setAccessibleText(item.title() + ". " + detail);
        Tooltips.lazy(button, item.title() + "\n" + HomeWords.why(item) + "\n" + HomeWords.opens(item));
        button.setOnAction(event -> open.accept(item));
        button.setId("home-due-item-" + item.id());
        return button;
    }
}
