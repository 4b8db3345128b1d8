package app.rapport.ui.contact;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.contact.ContactPageViewModel.SuggestedMessage;

/** A card's suggested message, filled for the contact, with the button that copies it. */
final class MessageToCopy {

    private final TextArea text = new TextArea();
    private final Button copy = new Button(null, FontIcon.of(Feather.COPY));
    private final Label copied = new Label();
    private final HBox copyRow = new HBox(8, copy, copied);
    private SuggestedMessage message;

    MessageToCopy(String platformKey) {
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setId("message-" + platformKey);
        copy.getStyleClass().add(Styles.SMALL);
        copy.setId("copy-" + platformKey);
        copy.setTooltip(new Tooltip("Copy the filled message; edit the template in Settings"));
        copied.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message.text());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("Copied");
        });
        copyRow.setAlignment(Pos.CENTER_LEFT);
    }

    /** The nodes the card shows, with this message in them and nothing copied yet. */
    List<Node> show(SuggestedMessage shown) {
        message = shown;
        text.setText(shown.text());
        text.setAccessibleText(shown.templateName());
        copy.setText("Copy " + shown.templateName().toLowerCase());
        copied.setText("");
        return List.of(text, copyRow);
    }
}
