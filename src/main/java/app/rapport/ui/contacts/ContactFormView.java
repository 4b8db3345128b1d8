package app.rapport.ui.contacts;

import java.time.LocalDate;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import app.rapport.domain.Category;
import app.rapport.domain.ContactRules;
import app.rapport.domain.Relationship;
import app.rapport.ui.FormSave;
import app.rapport.ui.Converters;

/** The contact form as a dialog: builds the controls, binds them to the view model, nothing else. */
public final class ContactFormView extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final ContactFormViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    public ContactFormView(ContactFormViewModel model) {
        this.model = model;
        setTitle(model.title());
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("contact-form");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 16, 16, 16));
        ColumnConstraints labels = new ColumnConstraints(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(360);
        grid.getColumnConstraints().setAll(labels, fields);

        section("Who");
        TextField name = field("displayName", "_Name *", text(model.displayNameProperty(), "Full name as you say it"));
        name.setId("contact-name");
        field("givenName", "_Given name", text(model.givenNameProperty(), ""));
        field("familyName", "_Family name", text(model.familyNameProperty(), ""));
        field("organization", "_Organization", text(model.organizationProperty(), "Company or group")).setId("contact-organization");
        field("role", "_Role or headline", text(model.roleProperty(), ""));

        section("Which world");
        field("category", "_Category", categoryPicker());
        ComboBox<Relationship> relationship = new ComboBox<>();
        relationship.getItems().setAll(Relationship.values());
        relationship.setConverter(Converters.labelled(Relationship::label));
        relationship.valueProperty().bindBidirectional(model.relationshipProperty());
        relationship.setId("contact-relationship");
        field("relationship", "Re_lationship", relationship);

        section("Reach them");
        field("emails", "_Emails", area(model.emailsProperty(), "One address per line", 2)).setId("contact-emails");
        field("phones", "_Phones", area(model.phonesProperty(), "One number per line", 2));
        field("tags", "_Tags", text(model.tagsProperty(), "Separated by commas, e.g. conference-2026, hiking"))
                .setId("contact-tags");

        section("How you know them");
        field("howWeMet", "_How we met", text(model.howWeMetProperty(), "e.g. Talked at the regional meetup"));
        field("metOn", "_Met on", date(model.metOnProperty()));
        field("vouchForThem", "What would _I say about them if someone asked me?",
                area(model.vouchForThemProperty(), "Answering this is what \"I can speak to their professional abilities\" means", 2));
        field("vouchForMe", "What would the_y say about me if someone asked them?",
                area(model.vouchForMeProperty(), "", 2));

        section("Keep in touch");
        field("keepInTouchWeeks", "Catch _up", cadence());
        field("birthday", "_Birthday", text(model.birthdayProperty(), "e.g. May 14, 1990, or May 14 without the year"));
        field("notes", "Note_s", area(model.notesProperty(), "Anything worth remembering", 4));

        Label formError = new Label();
        formError.getStyleClass().addAll(Styles.DANGER, "form-error");
        formError.setWrapText(true);
        formError.setId("error-form");
        // Lined up with the form below it, whose grid has the same side padding.
        formError.setPadding(new Insets(12, 16, 0, 16));
        formError.managedProperty().bind(formError.visibleProperty());
        formError.visibleProperty().bind(Bindings.isNotEmpty(formError.textProperty()));
        model.errors().addListener((MapChangeListener<String, String>) change ->
                formError.setText(model.errors().getOrDefault(FormSave.WHOLE_FORM, "")));

        ScrollPane scroll = new ScrollPane(new VBox(8, formError, grid));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(680);
        getDialogPane().setContent(scroll);
        // A ScrollPane does not follow the keyboard focus by itself; without this, Tab and mnemonics move
        // the caret into fields the user cannot see.
        getDialogPane().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> scrollIntoView(scroll, focused));
            }
        });

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
                focusFirstError();
            }
        });
        setOnShown(event -> name.requestFocus());
    }

    private void section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-section");
        GridPane.setMargin(heading, new Insets(row == 0 ? 4 : 14, 0, 2, 0));
        grid.add(heading, 0, row++, 2, 1);
    }

    private <T extends Node> T field(String key, String labelText, T control) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        // Composite fields: the mnemonic moves focus to their first control.
        label.setLabelFor(control instanceof Control ? control : firstControlIn(control));
        label.setWrapText(true);
        label.getStyleClass().add("form-label");
        if (control instanceof Control c) {
            c.setAccessibleText(labelText.replace("_", "").replace(" *", ""));
        }
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setId("error-" + key);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        model.errors().addListener((MapChangeListener<String, String>) change -> {
            String message = model.errors().get(key);
            error.setText(message == null ? "" : message);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
        });
        VBox box = new VBox(3, control, error);
        grid.add(label, 0, row);
        grid.add(box, 1, row++);
        return control;
    }

    private Node categoryPicker() {
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane(14, 6);
        for (Category category : Category.values()) {
            RadioButton button = new RadioButton(category.label());
            button.setUserData(category);
            button.setToggleGroup(group);
            button.setId("category-" + category.name().toLowerCase());
            button.setTooltip(new Tooltip(category.explanation()));
            button.setSelected(model.categoryProperty().get() == category);
            choices.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.categoryProperty().set((Category) now.getUserData());
            }
        });
        Label question = new Label(Category.DECIDING_QUESTION);
        question.setWrapText(true);
        question.getStyleClass().addAll(Styles.TEXT_MUTED, "category-question");
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_SMALL);
        explanation.textProperty().bind(Bindings.createStringBinding(
                () -> model.categoryProperty().get().explanation(), model.categoryProperty()));
        VBox box = new VBox(6, question, choices, explanation);
        box.setAccessibleText("Category");
        return box;
    }

    private Node cadence() {
        CheckBox enabled = new CheckBox("Remind me to catch up every");
        enabled.selectedProperty().bindBidirectional(model.keepInTouchProperty());
        Spinner<Integer> weeks = new Spinner<>(1, ContactRules.KEEP_IN_TOUCH_MAX_WEEKS,
                model.keepInTouchWeeksProperty().get());
        weeks.setEditable(true);
        weeks.setPrefWidth(90);
        weeks.disableProperty().bind(enabled.selectedProperty().not());
        weeks.setAccessibleText("Weeks between catch-ups");
        weeks.valueProperty().addListener((obs, old, now) -> model.keepInTouchWeeksProperty().set(now));
        HBox box = new HBox(8, enabled, weeks, new Label("weeks"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField text(Property<String> property, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        return field;
    }

    private static TextArea area(Property<String> property, String prompt, int rows) {
        TextArea area = new TextArea();
        area.textProperty().bindBidirectional(property);
        area.setPromptText(prompt);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static DatePicker date(Property<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(property);
        picker.setPromptText("Pick or type a date");
        picker.setMaxWidth(220);
        return picker;
    }

    private void scrollIntoView(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (node.getMinY() < top) {
            newTop = node.getMinY() - 40;
        } else if (node.getMaxY() > top + viewport) {
            newTop = node.getMaxY() - viewport + 24;
        }
        scroll.setVvalue(Math.clamp(newTop / (contentHeight - viewport), 0, 1));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Node firstControlIn(Node composite) {
        Node radio = composite.lookup(".radio-button");
        return radio != null ? radio : composite.lookup(".check-box");
    }

    private void focusFirstError() {
        grid.getChildren().stream()
                .filter(node -> node instanceof VBox)
                .map(node -> ((VBox) node).getChildren().getFirst())
                .filter(node -> node.getPseudoClassStates().contains(Styles.STATE_DANGER))
                .findFirst()
                .ifPresent(Node::requestFocus);
    }
}
