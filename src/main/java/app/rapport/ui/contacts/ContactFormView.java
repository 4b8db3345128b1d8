package app.rapport.ui.contacts;

import java.time.LocalDate;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import app.rapport.domain.Category;
import app.rapport.domain.ContactRules;
import app.rapport.domain.Relationship;
import app.rapport.ui.Controls;
import app.rapport.ui.Converters;
import app.rapport.ui.DateFields;
import app.rapport.ui.FormGrid;
import app.rapport.ui.FormSave;
import app.rapport.ui.RevealFocused;

/** The contact form as a dialog: builds the controls, binds them to the view model, nothing else. */
public final class ContactFormView extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final ContactFormViewModel model;
    private final FormGrid grid;

    public ContactFormView(ContactFormViewModel model) {
        this.model = model;
        setTitle(model.title());
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("contact-form");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        grid = new FormGrid(model.errors(), null, 170);
        grid.setPadding(new Insets(4, 16, 16, 16));

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
        RevealFocused.install(scroll);

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes once the contact is stored, not before: a failure keeps the form open.
            event.consume();
            model.save(() -> {
                setResult(SAVE);
                close();
            }, this::focusFirstError);
        });
        setOnShown(event -> name.requestFocus());
    }

    private void section(String title) {
        grid.section(title);
    }

    private <T extends Node> T field(String key, String labelText, T control) {
        return grid.add(key, labelText, control);
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
        Label unit = new Label("weeks");
        Controls.keepWidth(enabled, weeks, unit);
        // In a narrow form the spinner goes to the next line rather than the words being cut.
        FlowPane box = new FlowPane(8, 6, enabled, weeks, unit);
        box.setRowValignment(VPos.CENTER);
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
        DatePicker picker = DateFields.install(new DatePicker());
        picker.valueProperty().bindBidirectional(property);
        picker.setMaxWidth(220);
        return picker;
    }

    private void focusFirstError() {
        grid.focusFirstError();
    }
}
