package app.rapport.ui.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import app.rapport.domain.LinkState;
import app.rapport.ui.Controls;
import app.rapport.ui.DateFields;

/**
 * A card's one-click link actions and the day they are dated. Built once per platform and set anew for each
 * contact shown: the date picker and the buttons with their tooltips are the card's costliest controls.
 */
final class LedgerActions extends FlowPane {

    /** The link actions, in the words a user thinks in. */
    private record Action(String label, LinkState state) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("They sent a request", LinkState.REQUEST_RECEIVED),
            new Action("I sent a request", LinkState.REQUEST_SENT),
            new Action("Accepted", LinkState.CONNECTED),
            new Action("Declined", LinkState.DECLINED_BY_ME),
            new Action("They declined", LinkState.DECLINED_BY_THEM),
            new Action("Removed", LinkState.REMOVED));

    private final DatePicker day;
    private final Tooltip dayTip = new Tooltip("The day it happened (today unless you noticed it late)");
    private final List<Button> buttons = new ArrayList<>();
    private LocalDate today;

    LedgerActions(String platformKey, ContactPageViewModel model) {
        super(6, 6);
        today = model.today();
        day = DateFields.install(new DatePicker(today));
        day.setId("ledger-day-" + platformKey);
        day.setPrefWidth(175);
        Controls.keepWidth(day);
        day.setTooltip(dayTip);
        // The day it happened: today unless the user noticed it late; never a day still to come.
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(today));
            }
        });
        getChildren().add(day);
        for (Action action : ACTIONS) {
            Button button = new Button(action.label());
            button.getStyleClass().add(Styles.SMALL);
            button.setId("action-" + platformKey + "-" + action.state().name().toLowerCase());
            button.setTooltip(new Tooltip());
            button.setOnAction(event -> model.changeLink(platformKey, action.state(), day.getValue()));
            buttons.add(button);
        }
        getChildren().addAll(buttons);
    }

    /**
     * Today again in the day field, whatever was picked or typed for the contact before, and the buttons for the
     * link's state: the current state's stays open while its day is not known, to record that day.
     */
    void show(String platformName, LinkState state, boolean dayUnknown, LocalDate now) {
        today = now;
        if (DateFields.error(day) != null) {
            DateFields.clearError(day);
            day.setTooltip(dayTip);
        }
        day.setValue(now);
        day.getEditor().setText(day.getConverter().toString(now));
        for (int i = 0; i < ACTIONS.size(); i++) {
            Action action = ACTIONS.get(i);
            Button button = buttons.get(i);
            boolean current = action.state() == state;
            button.setDisable(current && !dayUnknown);
            button.getTooltip().setText(current && dayUnknown
                    ? "Record the day of \u201c" + action.state().label() + "\u201d on " + platformName
                            + ": the day beside"
                    : "Record on " + platformName + ": " + action.state().label() + ", dated the day beside");
        }
    }
}
