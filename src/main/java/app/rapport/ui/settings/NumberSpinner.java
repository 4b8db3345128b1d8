package app.rapport.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * An editable spinner for a whole number from 0 to a maximum. A typed number counts when the user presses
 * Enter or leaves the field, is kept within the range, and anything that is not a number puts the value back.
 */
final class NumberSpinner {

    private NumberSpinner() {
    }

    static Spinner<Integer> create(ObjectProperty<Integer> value, int max, String accessibleText) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, value.get());
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.clamp(Integer.parseInt(text.strip()), 0, max);
                } catch (NumberFormatException e) {
                    // The spinner commits without catching; keeping the value lets the editor show it again.
                    return factory.getValue();
                }
            }
        });
        factory.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.setAccessibleText(accessibleText);
        spinner.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        // Spinner commits on Enter and on focus loss, but when the value stays (blank, or past the maximum
        // already chosen) it leaves the typed text in the editor; show the value after its own commit.
        Runnable showValue = () -> spinner.getEditor().setText(factory.getConverter().toString(spinner.getValue()));
        EventHandler<ActionEvent> commit = spinner.getEditor().getOnAction();
        spinner.getEditor().setOnAction(event -> {
            commit.handle(event);
            showValue.run();
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                showValue.run();
            }
        });
        return spinner;
    }
}
