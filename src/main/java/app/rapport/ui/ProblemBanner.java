package app.rapport.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The red banner a page shows while its model has a problem to tell; closing it dismisses the problem. */
public final class ProblemBanner {

    private ProblemBanner() {
    }

    public static Message of(String title, ObservableStringValue problem, Runnable dismiss, String id) {
        Message banner = new Message(title, "", FontIcon.of(Feather.ALERT_OCTAGON));
        banner.getStyleClass().add(Styles.DANGER);
        banner.setId(id);
        banner.descriptionProperty().bind(problem);
        banner.setOnClose(event -> dismiss.run());
        banner.visibleProperty().bind(Bindings.isNotEmpty(problem));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    public static Message of(ObservableStringValue problem, Runnable dismiss, String id) {
        return of("Something went wrong", problem, dismiss, id);
    }
}
