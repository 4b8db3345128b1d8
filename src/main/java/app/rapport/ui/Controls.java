package app.rapport.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.ContactSummary;

/** Small controls every page builds the same way. */
public final class Controls {

    private Controls() {
    }

    /** These keep the width their words need: a row short of room squeezes what can wrap, never them. */
    public static void keepWidth(Region... nodes) {
        for (Region node : nodes) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The first control in {@code node} (itself included) that takes the keyboard, in the order Tab goes. */
    public static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A label that wraps onto more lines rather than cutting its words. */
    public static <L extends Labeled> L wrapping(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** An icon-only button; its tooltip doubles as the text a screen reader says. */
    public static Button iconButton(Ikon icon, String tooltip, String id) {
        Button button = new Button(null, FontIcon.of(icon));
        button.getStyleClass().add(Styles.BUTTON_ICON);
        Tooltips.lazy(button, tooltip);
        button.setAccessibleText(tooltip);
        button.setId(id);
        return button;
    }

    /**
     * A contact chooser that filters as the user types, its value bound both ways to {@code value}. The binding holds
     * {@code value} weakly: it must be kept by something that lives as long as the picker, such as a view model.
     */
    public static SearchableComboBox<ContactSummary> contactPicker(List<ContactSummary> contacts,
                                                                   Property<ContactSummary> value, String id) {
        SearchableComboBox<ContactSummary> picker = contactPicker(contacts, id);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A contact chooser that filters as the user types, whose value is its own. */
    public static SearchableComboBox<ContactSummary> contactPicker(List<ContactSummary> contacts, String id) {
        SearchableComboBox<ContactSummary> picker = new SearchableComboBox<>();
        picker.getItems().setAll(contacts);
        picker.setConverter(Converters.contactName());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("Type to find a contact");
        picker.setId(id);
        return picker;
    }

    public static TextArea textArea(Property<String> value, String prompt, int rows, String id) {
        TextArea area = new TextArea();
        area.textProperty().bindBidirectional(value);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.setPromptText(prompt);
        area.setId(id);
        return area;
    }

    /** A filter choice whose empty value (null) reads "All …". */
    public static <T> ComboBox<T> filterChoice(String allLabel, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? allLabel : label.apply(item));
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? allLabel : label.apply(item));
            }
        });
        return box;
    }
}
