package app.rapport.ui.settings;

import static app.rapport.ui.settings.SettingsParts.card;
import static app.rapport.ui.settings.SettingsParts.heading;
import static app.rapport.ui.settings.SettingsParts.setting;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.Worlds;

/** The "You", "Your worlds" and "Timing" parts of the settings page; each setting says what it changes. */
final class RuleSettingsView {

    private final RuleSettingsViewModel model;

    RuleSettingsView(RuleSettingsViewModel model) {
        this.model = model;
    }

    List<Node> parts() {
        return List.of(heading("You"), you(), heading("Your worlds"), worlds(), heading("Timing"), timing());
    }

    private Node you() {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.myNameProperty());
        name.setPromptText("e.g. Sam Taylor");
        name.setPrefWidth(SettingsParts.CONTROL_WIDTH);
        name.setId("my-name");
        return card(setting("Your name", "Signs your messages: it fills in {myName} in the message templates.",
                name, name, error(RuleSettingsViewModel.MY_NAME)));
    }

    private Node worlds() {
        VBox worldChoices = new VBox(8);
        SettingsParts.choices(Worlds.values(), Worlds::label, model.worldsProperty(), "worlds", worldChoices);
        VBox styleChoices = new VBox(8);
        SettingsParts.choices(LinkedInStyle.values(), LinkedInStyle::label, model.linkedInStyleProperty(),
                "linkedin-style", styleChoices);
        CheckBox jobSeeking = new CheckBox("I am looking for a job");
        jobSeeking.selectedProperty().bindBidirectional(model.jobSeekingProperty());
        jobSeeking.setId("job-seeking");
        return card(
                setting("Work and personal life", "Separate keeps professional contacts off your personal "
                        + "platforms such as Facebook; blending lets them in once you know them well enough.",
                        first(worldChoices), worldChoices, error(RuleSettingsViewModel.WORLDS)),
                setting("LinkedIn style", "Selective connects on professional platforms only with people you "
                        + "have met and can vouch for; an open networker connects with anyone, with a personal note.",
                        first(styleChoices), styleChoices, error(RuleSettingsViewModel.LINKEDIN_STYLE)),
                setting("Job seeking", "While you look for a job, recruiters may connect with you on LinkedIn "
                        + "even if you have never met.", jobSeeking, jobSeeking,
                        error(RuleSettingsViewModel.JOB_SEEKING)));
    }

    private Node timing() {
        return card(
                number("Get-to-know period", "How long you must have known a work contact before they may join "
                        + "you on a personal platform; two to three weeks is a good start.",
                        model.getToKnowDaysProperty(), RuleSettingsViewModel.MAX_DAYS, "days",
                        RuleSettingsViewModel.GET_TO_KNOW_DAYS),
                number("Strong interactions needed", "How many meetings in person, coffees or meals, or times "
                        + "working together that also takes.", model.strongInteractionsNeededProperty(),
                        RuleSettingsViewModel.MAX_STRONG_INTERACTIONS, "times",
                        RuleSettingsViewModel.STRONG_INTERACTIONS),
                number("Reply window", "How soon to answer, in person or by phone, a request you will not accept.",
                        model.replyWindowDaysProperty(), RuleSettingsViewModel.MAX_DAYS, "days",
                        RuleSettingsViewModel.REPLY_WINDOW_DAYS),
                number("No answer means no", "After how many days a request you sent that was never answered "
                        + "counts as declined.", model.noAnswerDaysProperty(), RuleSettingsViewModel.MAX_DAYS,
                        "days", RuleSettingsViewModel.NO_ANSWER_DAYS));
    }

    private Node number(String name, String explanation, ObjectProperty<Integer> value, int max, String unit,
                        String key) {
        Spinner<Integer> spinner = NumberSpinner.create(value, max, name + ", in " + unit);
        spinner.setId(key);
        HBox control = new HBox(8, spinner, new Label(unit));
        control.setAlignment(Pos.CENTER_LEFT);
        return setting(name, explanation, spinner, control, error(key));
    }

    private Label error(String key) {
        return SettingsParts.error("error-" + key,
                Bindings.createStringBinding(() -> model.errors().getOrDefault(key, ""), model.errors()));
    }

    private static RadioButton first(VBox choices) {
        return (RadioButton) choices.getChildren().getFirst();
    }
}
