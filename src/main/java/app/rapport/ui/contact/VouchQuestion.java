package app.rapport.ui.contact;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Contact;
import app.rapport.ui.Controls;

/** The vouch question asked on a card itself, where the verdict says it is what is missing. */
final class VouchQuestion extends VBox {

    private final Label question = Controls.wrapping(new Label());
    private final TextArea answer = new TextArea();

    VouchQuestion(ContactPageViewModel model, String platformKey, Runnable askBoth) {
        super(4);
        question.getStyleClass().add(Styles.TEXT_BOLD);
        answer.setPromptText("e.g. Ran the best workshop at the meetup; clear, generous with time");
        answer.setPrefRowCount(2);
        answer.setWrapText(true);
        answer.setId("vouch-answer-" + platformKey);
        answer.accessibleTextProperty().bind(question.textProperty());
        question.setLabelFor(answer);
        Button save = new Button("Save answer", FontIcon.of(Feather.CHECK));
        save.getStyleClass().add(Styles.SMALL);
        save.setId("save-vouch-" + platformKey);
        save.disableProperty().bind(answer.textProperty().map(String::isBlank));
        save.setOnAction(event -> model.saveVouchForThem(answer.getText()));
        Hyperlink both = new Hyperlink("Both questions\u2026");
        both.setTooltip(new Tooltip("Also: what would they say about you?"));
        both.setId("vouch-" + platformKey);
        both.setOnAction(event -> askBoth.run());
        Controls.keepWidth(save, both);
        HBox buttons = new HBox(8, save, both);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(question, answer, buttons);
        getStyleClass().add("vouch-question");
        setId("vouch-question-" + platformKey);
    }

    /** Asks about this contact; an answer being typed for the same contact stays as typed. */
    void show(Contact contact, boolean sameContact) {
        question.setText("What would you say about " + contact.displayName() + "'s work if someone asked you?");
        if (!(sameContact && answer.isFocused())) {
            answer.setText(contact.vouchForThem());
        }
    }
}
