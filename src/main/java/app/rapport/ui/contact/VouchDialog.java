package app.rapport.ui.contact;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import app.rapport.domain.Contact;

/**
 * The two questions to ask before connecting on LinkedIn. Answering the first is what "I can speak to
 * their professional abilities" means; the result is the two answers, or nothing when cancelled.
 */
final class VouchDialog extends Dialog<String[]> {

    static final ButtonType SAVE = new ButtonType("Save answers", ButtonBar.ButtonData.OK_DONE);

    VouchDialog(Contact contact) {
        setTitle("Would you vouch for " + contact.displayName() + "?");
        setHeaderText("Before connecting on LinkedIn, ask yourself two questions.");
        getDialogPane().setId("vouch-dialog");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        TextArea forThem = area(contact.vouchForThem(), "e.g. Ran the best workshop at the meetup; clear, generous with time");
        forThem.setId("vouch-for-them");
        TextArea forMe = area(contact.vouchForMe(), "e.g. That I followed up quickly and kept my word");
        forMe.setId("vouch-for-me");
        Label first = question("What would _I say about " + contact.displayName() + " if someone asked me?", forThem);
        Label hint = new Label("Leave it empty if you could not speak to their professional abilities yet.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label second = question("What would _they say about me if someone asked them?", forMe);
        VBox content = new VBox(6, first, forThem, hint, second, forMe);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ((Button) getDialogPane().lookupButton(SAVE)).getStyleClass().add(Styles.ACCENT);
        setResultConverter(button -> button == SAVE ? new String[] {forThem.getText(), forMe.getText()} : null);
        setOnShown(event -> forThem.requestFocus());
    }

    private static Label question(String text, TextArea field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        field.setAccessibleText(text.replace("_", ""));
        return label;
    }

    private static TextArea area(String value, String prompt) {
        TextArea area = new TextArea(value);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }
}
