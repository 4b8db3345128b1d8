package app.rapport.ui.settings;

import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The building blocks every part of the settings page is made of, so all parts look alike. */
final class SettingsParts {

    /** Controls on the right of a setting line up in one column of this width. */
    static final double CONTROL_WIDTH = 250;

    private SettingsParts() {
    }

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox.setMargin(heading, new Insets(14, 0, 0, 0));
        return heading;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** A subtle card holding related settings, with a line between each. */
    static VBox card(Node... parts) {
        VBox card = new VBox(12);
        for (Node part : parts) {
            if (!card.getChildren().isEmpty()) {
                card.getChildren().add(new Separator());
            }
            card.getChildren().add(part);
        }
        card.getStyleClass().add("setting");
        return card;
    }

    /**
     * One setting: its name and the sentence saying what it changes on the left, the control on the right and
     * any problem saving it underneath. The name is the control's label for screen readers.
     */
    static Node setting(String name, String explanation, Control labelled, Node control, Label error) {
        Label title = new Label(name);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setLabelFor(labelled);
        VBox words = new VBox(2, title, muted(explanation));
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox controlBox = new HBox(control);
        controlBox.setAlignment(Pos.CENTER_LEFT);
        controlBox.setMinWidth(CONTROL_WIDTH);
        controlBox.setPrefWidth(CONTROL_WIDTH);
        HBox line = new HBox(24, words, controlBox);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, line, error);
    }

    /** A problem in words, shown in red only while there is one. */
    static Label error(String id, ObservableValue<String> message) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setId(id);
        error.textProperty().bind(message);
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** Marks a control red while its problem is shown. */
    static void markWhileShown(Control control, Label error) {
        error.visibleProperty().addListener((obs, was, shown) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, shown));
    }

    /** Radio buttons for the values of an enum, kept in step with {@code property} both ways. */
    static <E extends Enum<E>> void choices(E[] values, Function<E, String> label, ObjectProperty<E> property,
                                                   String idPrefix, Pane into) {
        ToggleGroup group = new ToggleGroup();
        for (E value : values) {
            RadioButton button = new RadioButton(label.apply(value));
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setId(idPrefix + "-" + value.name().toLowerCase().replace('_', '-'));
            button.setSelected(property.get() == value);
            into.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                E chosen = (E) now.getUserData();
                property.set(chosen);
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(group::selectToggle));
    }
}
