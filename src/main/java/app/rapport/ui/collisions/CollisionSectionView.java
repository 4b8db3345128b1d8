package app.rapport.ui.collisions;

import java.util.function.LongConsumer;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.RowPages;

/**
 * One personal platform: its count in the heading, then each professional contact connected there. The card is
 * not focus traversable: only the buttons in it do something, and a tab stop on the card would be a dead one.
 */
final class CollisionSectionView extends Card {

    /**
     * Two to three screenfuls: each row is half a dozen controls, styled and laid out on the FX thread, and at 50
     * a section a first visit with thousands of collisions spent most of its time there.
     */
    static final int ROWS_PER_PAGE = 20;

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
        VBox rows = new VBox();
        // Most sensitive first: a large network can collide by the thousand.
        RowPages.show(rows, section.rows(), ROWS_PER_PAGE, "collisions-" + section.platform().id() + "-more", true,
                row -> new CollisionRowView(row, section.platform(), model, openContact));
        return rows;
    }
}
