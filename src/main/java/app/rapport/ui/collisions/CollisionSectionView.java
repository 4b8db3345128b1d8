package app.rapport.ui.collisions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One personal platform: its count in the heading, then each professional contact connected there. The card is
 * not focus traversable: only the buttons in it do something, and a tab stop on the card would be a dead one.
 */
final class CollisionSectionView extends Card {

    CollisionSectionView(CollisionSection section, CollisionsViewModel model, LongConsumer openContact) {
        String key = section.platform().id();
        setId("collisions-" + key);
        setFocusTraversable(false);
        Label title = new Label(section.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("collisions-" + key + "-title");
        setHeader(title);
        setBody(section.rows().isEmpty() ? empty(section) : rows(section, model, openContact));
    }

    private static Node empty(CollisionSection section) {
        Label nobody = new Label(section.emptyText(), FontIcon.of(Feather.CHECK));
        nobody.setWrapText(true);
        nobody.getStyleClass().add(Styles.TEXT_MUTED);
        nobody.setId("collisions-" + section.platform().id() + "-empty");
        return nobody;
    }

    private static Node rows(CollisionSection section, CollisionsViewModel model, LongConsumer openContact) {
        List<Node> nodes = new ArrayList<>();
        for (CollisionRow row : section.rows()) {
            if (!nodes.isEmpty()) {
                nodes.add(new Separator());
            }
            nodes.add(new CollisionRowView(row, section.platform(), model, openContact));
        }
        return new VBox(nodes.toArray(Node[]::new));
    }
}
