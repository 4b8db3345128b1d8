package app.rapport.ui.welcome;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Three ideas in three short pages — category, readiness, follow-ups — that the user can skip at any time. */
public final class TourDialog extends Dialog<Void> {

    private record Step(Ikon icon, String title, String text) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Feather.USERS, "1 of 3 \u00b7 Which world?",
                    "Every contact is Personal, Professional, Both or Undecided. To decide, Rapport asks one "
                            + "question: would you invite them over for a barbecue, or meet them for a business "
                            + "lunch? It is what keeps your worlds apart."),
            new Step(Feather.CHECK_CIRCLE, "2 of 3 \u00b7 Ready to connect?",
                    "For each person and each platform you get a verdict \u2014 ready, get to know them first, "
                            + "redirect, keep apart \u2014 with the reasons and the next step. LinkedIn wants you to "
                            + "have met and to be able to vouch for them; Facebook waits until you know them."),
            new Step(Feather.BELL, "3 of 3 \u00b7 What next?",
                    "Follow-ups remind you to meet before answering a request, to answer a colleague's Facebook "
                            + "request in person, to catch up, and of birthdays. Logging the coffee (Ctrl+I) moves "
                            + "them along by itself."));

    private static final ButtonType NEXT = new ButtonType("Next", ButtonBar.ButtonData.NEXT_FORWARD);
    private static final ButtonType SKIP = new ButtonType("Skip the tour", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final ButtonType DONE = new ButtonType("Start", ButtonBar.ButtonData.FINISH);

    private int index;

    public TourDialog() {
        setTitle("A short tour");
        setHeaderText(null);
        getDialogPane().setId("tour");
        showStep();
    }

    private void showStep() {
        Step step = STEPS.get(index);
        Label title = new Label(step.title(), FontIcon.of(step.icon(), 24));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(step.text());
        text.setWrapText(true);
        // A wrapping label is otherwise given one line's height and cut to "…".
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("tour-text");
        VBox content = new VBox(14, title, text);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        boolean last = index == STEPS.size() - 1;
        getDialogPane().getButtonTypes().setAll(last ? List.of(DONE) : List.of(SKIP, NEXT));
        Button forward = (Button) getDialogPane().lookupButton(last ? DONE : NEXT);
        forward.getStyleClass().add(Styles.ACCENT);
        forward.setDefaultButton(true);
        if (!last) {
            forward.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                index++;
                showStep();
            });
        }
        forward.requestFocus();
        if (getDialogPane().getScene() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
