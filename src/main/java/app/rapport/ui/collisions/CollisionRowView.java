package app.rapport.ui.collisions;

import java.util.function.LongConsumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Platform;
import app.rapport.ui.Tooltips;

/**
 * A professional contact on a personal platform: who they are on the left, the two commands on the right.
 * "Review planned" goes under the facts, not beside the buttons, so the buttons never move or get squeezed.
 */
final class CollisionRowView extends HBox {

    static final String STYLE_CLASS = "collision-row";

    CollisionRowView(CollisionRow row, Platform platform, CollisionsViewModel model, LongConsumer openContact) {
        super(16);
        String key = platform.id() + "-" + row.contactId();
        getStyleClass().add(STYLE_CLASS);
        setId("collision-" + key);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 0, 10, 0));

        VBox facts = new VBox(2, name(row, key), muted(row.relationshipText(), "collision-relationship"),
                muted(row.connectedSinceText(), "collision-since"), planned(row, key));
        facts.setMinWidth(0);
        HBox.setHgrow(facts, Priority.ALWAYS);

        HBox actions = new HBox(8, planButton(row, platform, model, key), openButton(row, openContact, key));
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(facts, actions);
    }

    private static Label name(CollisionRow row, String key) {
        Label name = new Label(row.name());
        name.getStyleClass().addAll(Styles.TEXT_BOLD, "collision-name");
        name.setWrapText(true);
        name.setId("collision-name-" + key);
        return name;
    }

    private static Label muted(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, styleClass);
        label.setWrapText(true);
        return label;
    }

    private static Label planned(CollisionRow row, String key) {
        Label planned = new Label("Review planned", FontIcon.of(Feather.CHECK_CIRCLE));
        planned.getStyleClass().add(Styles.SUCCESS);
        planned.setId("review-planned-" + key);
        planned.setPadding(new Insets(4, 0, 0, 0));
        planned.visibleProperty().bind(row.reviewPlannedProperty());
        planned.managedProperty().bind(planned.visibleProperty());
        return planned;
    }

    private static Button planButton(CollisionRow row, Platform platform, CollisionsViewModel model, String key) {
        Button plan = new Button("Plan a review", FontIcon.of(Feather.BELL));
        Tooltips.lazy(plan, "Add a follow-up, due today: review your " + platform.name()
                + " privacy settings for " + row.name() + ", or the connection itself");
        plan.setAccessibleText("Plan a review of " + row.name() + "'s " + platform.name() + " connection");
        plan.setId("plan-review-" + key);
        plan.disableProperty().bind(row.reviewPlannedProperty());
        plan.setOnAction(event -> model.planReview(row, platform));
        return plan;
    }

    private static Button openButton(CollisionRow row, LongConsumer openContact, String key) {
        Button open = new Button("Open", FontIcon.of(Feather.USER));
        Tooltips.lazy(open, "Open " + row.name() + "'s contact");
        open.setAccessibleText("Open " + row.name() + "'s contact");
        open.setId("open-contact-" + key);
        open.setOnAction(event -> openContact.accept(row.contactId()));
        return open;
    }
}
