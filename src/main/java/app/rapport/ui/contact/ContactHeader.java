package app.rapport.ui.contact;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Contact;
import app.rapport.ui.Controls;
import app.rapport.ui.contacts.QuietFor;

/** The top of a contact's page: back, who they are and how long it has been quiet, Edit and Log interaction. */
final class ContactHeader extends HBox {

    static final String BACK_ID = "contact-back";

    private final Label name = Controls.wrapping(new Label());
    private final Label subtitle = Controls.wrapping(new Label());
    private final Label world = Controls.wrapping(new Label());
    private final Label quietFor = Controls.wrapping(new Label(null, FontIcon.of(Feather.CLOCK)));
    private final VBox titles = new VBox(2, name, subtitle, world);
    private final Button backButton = new Button(null, FontIcon.of(Feather.ARROW_LEFT));

    ContactHeader(Runnable back, Runnable edit, Runnable logInteraction) {
        super(12);
        backButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        backButton.setTooltip(new Tooltip("Back to contacts (Esc)"));
        backButton.setAccessibleText("Back to contacts");
        backButton.setId(BACK_ID);
        backButton.setOnAction(event -> back.run());

        name.getStyleClass().add(Styles.TITLE_2);
        name.setId("contact-page-name");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        world.getStyleClass().addAll(Styles.TEXT_SMALL);
        quietFor.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        quietFor.setId("contact-quiet-for");
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button log = new Button("Log interaction", FontIcon.of(Feather.PLUS_CIRCLE));
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(new Tooltip("Log a meeting, call or message (Ctrl+I)"));
        log.setId("log-interaction-button");
        log.setOnAction(event -> logInteraction.run());
        Button editButton = new Button("Edit", FontIcon.of(Feather.EDIT_2));
        editButton.setTooltip(new Tooltip("Edit name, category, notes\u2026"));
        editButton.setId("edit-contact-page");
        editButton.setOnAction(event -> edit.run());
        Controls.keepWidth(backButton, editButton, log);
        getChildren().addAll(backButton, titles, spacer, editButton, log);
        setAlignment(Pos.TOP_LEFT);
    }

    void focusBack() {
        backButton.requestFocus();
    }

    void show(Contact contact, Optional<QuietFor> quiet) {
        name.setText(contact.displayName());
        String work = String.join(" \u00b7 ", Stream.of(contact.role(), contact.organization())
                .filter(s -> !s.isBlank()).toList());
        subtitle.setText(work);
        subtitle.setManaged(!work.isBlank());
        world.setText(contact.category().label() + " \u00b7 " + contact.relationship().label()
                + (contact.howWeMet().isBlank() ? "" : " \u00b7 " + contact.howWeMet()));
        quiet.ifPresent(shown -> quietFor.setText("Quiet for " + shown.sentence()));
        Shown.only(titles.getChildren(), quiet.isPresent() ? List.of(name, subtitle, world, quietFor)
                : List.<Node>of(name, subtitle, world));
    }
}
