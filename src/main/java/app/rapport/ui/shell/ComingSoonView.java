package app.rapport.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose feature has not landed yet; it says plainly what it will hold. */
final class ComingSoonView extends VBox {

    ComingSoonView(Page page) {
        super(12);
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(page.label());
        title.getStyleClass().add(Styles.TITLE_2);
        FontIcon icon = FontIcon.of(page.icon());
        icon.getStyleClass().add("coming-soon-icon");
        Label what = new Label(page.promise());
        what.setWrapText(true);
        what.setMaxWidth(560);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        Label when = new Label("Not built yet.");
        when.getStyleClass().add(Styles.TEXT_SMALL);
        VBox middle = new VBox(14, icon, what, when);
        middle.setAlignment(Pos.CENTER);
        middle.setPadding(new Insets(80, 0, 0, 0));
        getChildren().addAll(title, middle);
    }
}
