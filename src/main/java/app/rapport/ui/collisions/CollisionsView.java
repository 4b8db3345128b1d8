package app.rapport.ui.collisions;


import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.Navigator;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.RevealFocused;
import app.rapport.ui.ScrollPlace;
import app.rapport.ui.ShellPage;

/** The collisions page: why it matters, then one section per personal platform. */
public final class CollisionsView extends BorderPane implements ShellPage {

    private static final String WHY = "Professional contacts connected with you on a personal platform can see your "
            + "personal posts.";

    private static final double MAX_WIDTH = 960;

    private final CollisionsViewModel model;
    private final Navigator navigator;
    private final VBox content = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(content);

    public CollisionsView(CollisionsViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        getStyleClass().add("collisions-page");
        setTop(new VBox(12, header(), why(), ProblemBanner.of(model.problemProperty(), model::dismissProblem,
                "collisions-problem")));
        setCenter(body());
        BorderPane.setMargin(getCenter(), new Insets(16, 0, 0, 0));
        setPadding(new Insets(20, 24, 16, 24));
        model.sections().addListener((Observable sections) -> rebuild());
        model.pageMessageProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private Node header() {
        Label title = new Label("Collisions");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countTextProperty());
        count.setId("collision-count");
        HBox header = new HBox(12, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private static Node why() {
        Label why = new Label(WHY);
        why.setWrapText(true);
        why.setMaxWidth(MAX_WIDTH);
        why.setId("collisions-why");
        return why;
    }

    @Override
    public Node view() {
        return this;
    }

    private Node body() {
        content.setPadding(new Insets(0, 4, 8, 0));
        // On a wide window the buttons would drift far from the names they act on.
        content.setMaxWidth(MAX_WIDTH);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setId("collisions-scroll");
        RevealFocused.install(scroll, this, CollisionRowView.STYLE_CLASS);
        return scroll;
    }

    private void rebuild() {
        String message = model.pageMessageProperty().get();
        if (!message.isEmpty()) {
            Label text = new Label(message, FontIcon.of(Feather.INFO));
            text.setWrapText(true);
            text.setMaxWidth(640);
            text.setGraphicTextGap(10);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            text.setId("collisions-message");
            content.getChildren().setAll(text);
            return;
        }
        // Drawn again after every change (a review planned): the same place, and the keyboard on the same button,
        // or beside it when the change disabled it.
        ScrollPlace place = ScrollPlace.of(scroll);
        content.getChildren().setAll(model.sections().stream()
                .map(section -> new CollisionSectionView(section, model, navigator::openContact)).toList());
        place.restore();
    }
}
