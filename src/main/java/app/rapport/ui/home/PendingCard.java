package app.rapport.ui.home;

import java.util.List;
import java.util.Map;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.Navigator;
import app.rapport.domain.Platform;
import app.rapport.service.HomeSummary;
import app.rapport.ui.Tooltips;

/** Connection requests waiting for the user's answer, one line per platform. */
final class PendingCard {

    private final Card card = new Card();
    private final Label count = new Label();
    private final Navigator navigator;

    PendingCard(Navigator navigator) {
        this.navigator = navigator;
        Label title = new Label("Pending requests");
        title.getStyleClass().add(Styles.TITLE_4);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("home-pending-count");
        // Title over count: the card is the narrow one of its row.
        card.setHeader(new VBox(2, title, count));
        card.setId("home-pending");
        // A card is a control, and would be a tab stop that does nothing.
        card.setFocusTraversable(false);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
    }

    Node node() {
        return card;
    }

    void show(HomeSummary summary) {
        Map<Platform, List<Long>> pending = summary.pendingRequests();
        count.setText(HomeWords.waiting(pending.values().stream().mapToInt(List::size).sum()));
        if (pending.isEmpty()) {
            Label empty = new Label("No requests waiting for an answer.", FontIcon.of(Feather.INBOX));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            empty.setGraphicTextGap(10);
            empty.setId("home-pending-empty");
            card.setBody(empty);
            return;
        }
        VBox body = new VBox(4);
        pending.forEach((platform, contacts) -> body.getChildren().add(line(platform, contacts.size())));
        card.setBody(body);
    }

    private Button line(Platform platform, int waiting) {
        Button button = new Button(HomeWords.waiting(platform.name(), waiting), FontIcon.of(Feather.INBOX));
        button.getStyleClass().add(Styles.FLAT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setGraphicTextGap(10);
        String says = waiting == 1 ? "1 request on " + platform.name() + " is waiting for your answer"
                : waiting + " requests on " + platform.name() + " are waiting for your answer";
        button.setAccessibleText(says);
        Tooltips.lazy(button, says + ".\nOpens them on the readiness page.");
        button.setOnAction(event -> navigator.openPendingRequests(platform.id()));
        button.setId("home-pending-" + platform.id());
        return button;
    }
}
