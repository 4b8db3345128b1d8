package app.rapport.ui.settings;

import static app.rapport.ui.settings.SettingsParts.muted;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The message templates: a card per template with its text and its own Save button. */
final class TemplatesView extends VBox {

    private final TemplatesViewModel model;
    private final VBox cards = new VBox(12);

    TemplatesView(TemplatesViewModel model) {
        super(12);
        this.model = model;
        Label placeholders = new Label("Placeholders: {firstName}  {howWeMet}  {platform}  {myName}");
        placeholders.getStyleClass().add(Styles.TEXT_BOLD);
        placeholders.setId("template-placeholders");
        getChildren().addAll(placeholders,
                muted("Rapport fills them in when you copy a message. A template is kept when you press its Save "
                        + "button."),
                SettingsParts.error("templates-problem", model.problemProperty()), cards);
        model.editors().addListener((ListChangeListener<TemplateEditor>) change -> showEditors());
        showEditors();
    }

    private void showEditors() {
        cards.getChildren().setAll(model.editors().stream().map(this::card).toList());
    }

    private Node card(TemplateEditor editor) {
        Label name = new Label(editor.name());
        name.getStyleClass().add(Styles.TITLE_4);
        TextArea body = new TextArea();
        body.textProperty().bindBidirectional(editor.bodyProperty());
        body.setWrapText(true);
        body.setPrefRowCount(4);
        body.setId("template-" + editor.id());
        body.setAccessibleText(editor.name());
        name.setLabelFor(body);
        // A template needs no tab characters, and Tab leaving the text is what keyboard users expect.
        body.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                body.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });

        Label error = SettingsParts.error("error-template-" + editor.id(), editor.errorProperty());
        SettingsParts.markWhileShown(body, error);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.textProperty().bind(editor.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId("status-template-" + editor.id());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("save-template-" + editor.id());
        save.setAccessibleText("Save " + editor.name());
        save.disableProperty().bind(editor.changedProperty().not());
        // Blue only when there is something to save, so the one template with changes stands out.
        save.disabledProperty().addListener((obs, was, disabled) -> {
            save.getStyleClass().remove(Styles.ACCENT);
            if (!disabled) {
                save.getStyleClass().add(Styles.ACCENT);
            }
        });
        save.setOnAction(event -> model.save(editor));
        HBox footer = new HBox(12, error, spacer, status, save);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, name, body, footer);
        card.getStyleClass().add("setting");
        return card;
    }
}
