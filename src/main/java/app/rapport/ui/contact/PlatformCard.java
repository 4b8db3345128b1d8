package app.rapport.ui.contact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Article;
import app.rapport.domain.Category;
import app.rapport.domain.LinkState;
import app.rapport.domain.Sphere;
import app.rapport.domain.VerdictKind;
import app.rapport.service.PlatformReadiness;
import app.rapport.ui.Controls;
import app.rapport.ui.DateFields;
import app.rapport.ui.VerdictGraphics;

/** One platform on a contact's page: verdict with reasons and next step, the link and its one-click actions. */
final class PlatformCard extends VBox {

    private static final DateTimeFormatter DATE = DateFields.display(java.util.Locale.getDefault(
            java.util.Locale.Category.FORMAT));

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

    PlatformCard(PlatformReadiness card, ContactPageViewModel model, Runnable askVouch,
                 Consumer<Article> openGuide) {
        super(8);
        getStyleClass().add("platform-card");
        String platformKey = card.platform().id();
        setId("card-" + platformKey);
        setFocusTraversable(false);

        Label name = new Label(card.platform().name());
        name.getStyleClass().add(Styles.TITLE_4);
        Label sphere = new Label(card.platform().sphere().label());
        sphere.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        LinkState state = card.link().map(l -> l.state()).orElse(LinkState.NONE);
        Label link = new Label(state == LinkState.NONE ? state.label()
                : state.label() + card.link().orElseThrow().knownSince().map(day -> " since " + DATE.format(day))
                        .orElse(", day not known"));
        link.getStyleClass().addAll(Styles.TEXT_SMALL, "link-state");
        link.setId("link-" + platformKey);
        Controls.keepWidth(name, sphere);
        HBox header = new HBox(8, name, sphere, spacer, link);
        header.setAlignment(Pos.BASELINE_LEFT);

        VerdictKind kind = card.verdict().kind();
        Label verdict = new Label(kind.label(), VerdictGraphics.icon(kind));
        verdict.getStyleClass().addAll("verdict", Styles.TEXT_BOLD, VerdictGraphics.styleClass(kind));
        verdict.setId("verdict-" + platformKey);

        VBox reasons = new VBox(2);
        List<Article> cited = new ArrayList<>();
        for (String reason : card.verdict().reasons()) {
            Label line = Controls.wrapping(new Label("\u2022 " + Article.words(reason)));
            line.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            reasons.getChildren().add(line);
            Article.citedIn(reason).stream().filter(article -> !cited.contains(article)).forEach(cited::add);
        }
        if (!cited.isEmpty()) {
            FlowPane why = new FlowPane(4, 0);
            why.setId("why-" + platformKey);
            Label asked = new Label("Why?");
            asked.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            why.getChildren().add(asked);
            for (Article article : cited) {
                Hyperlink source = new Hyperlink(article.title());
                source.getStyleClass().add(Styles.TEXT_SMALL);
                source.setTooltip(new Tooltip("Read this advice in the Guide"));
                source.setId("why-" + platformKey + "-" + article.name().toLowerCase());
                source.setOnAction(event -> openGuide.accept(article));
                why.getChildren().add(source);
            }
            reasons.getChildren().add(why);
        }
        Label next = new Label("Next: " + card.verdict().nextStep());
        next.setWrapText(true);
        next.getStyleClass().add("next-step");
        next.setId("next-" + platformKey);

        getChildren().add(header);
        model.sourceOf(platformKey).ifPresent(from -> {
            Label source = new Label("From your " + from);
            source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            source.setId("link-source-" + platformKey);
            source.setTooltip(new Tooltip("The state above was read from this download; a click below replaces it"));
            getChildren().add(source);
        });
        getChildren().addAll(verdict, reasons, next);

        if (kind == VerdictKind.GET_TO_KNOW_FIRST && card.platform().sphere() == Sphere.PROFESSIONAL) {
            getChildren().add(vouchQuestion(model, platformKey, askVouch));
        }

        if (kind == VerdictKind.DECIDE_CATEGORY) {
            Label question = new Label(Category.DECIDING_QUESTION);
            question.setWrapText(true);
            question.getStyleClass().add(Styles.TEXT_ITALIC);
            FlowPane answers = new FlowPane(6, 6);
            answers.getChildren().addAll(
                    decide(model, platformKey, "Barbecue: personal", Category.PERSONAL),
                    decide(model, platformKey, "Business lunch: professional", Category.PROFESSIONAL),
                    decide(model, platformKey, "Both", Category.BOTH));
            getChildren().addAll(question, answers);
        }

        model.suggestedMessage(card).ifPresent(message -> {
            TextArea text = new TextArea(message.text());
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.setId("message-" + platformKey);
            text.setAccessibleText(message.templateName());
            Button copy = new Button("Copy " + message.templateName().toLowerCase(), FontIcon.of(Feather.COPY));
            copy.getStyleClass().add(Styles.SMALL);
            copy.setId("copy-" + platformKey);
            copy.setTooltip(new Tooltip("Copy the filled message; edit the template in Settings"));
            Label copied = new Label();
            copied.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
            copy.setOnAction(event -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(message.text());
                Clipboard.getSystemClipboard().setContent(content);
                copied.setText("Copied");
            });
            HBox copyRow = new HBox(8, copy, copied);
            copyRow.setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(text, copyRow);
        });

        TextField handle = new TextField(card.link().map(l -> l.handle()).orElse(""));
        handle.setPromptText("Handle or profile URL (optional)");
        handle.setAccessibleText(card.platform().name() + " handle or profile URL");
        handle.setId("handle-" + platformKey);
        Runnable saveHandle = () -> {
            String saved = card.link().map(l -> l.handle()).orElse("");
            if (!handle.getText().strip().equals(saved)) {
                model.saveHandle(platformKey, handle.getText());
            }
        };
        handle.setOnAction(event -> saveHandle.run());
        handle.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveHandle.run();
            }
        });
        handle.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                handle.setText(card.link().map(l -> l.handle()).orElse(""));
            }
        });

        FlowPane actions = new FlowPane(6, 6);
        // The day it happened: today unless the user noticed it late; never a day still to come.
        LocalDate today = model.today();
        DatePicker day = DateFields.install(new DatePicker(today));
        day.setId("ledger-day-" + platformKey);
        day.setPrefWidth(175);
        Controls.keepWidth(day);
        day.setTooltip(new Tooltip("The day it happened (today unless you noticed it late)"));
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(today));
            }
        });
        actions.getChildren().add(day);
        // The current state's button stays open while its day is not known, to record that day.
        boolean dayUnknown = card.link().filter(current -> current.since() == null).isPresent();
        for (Action action : ACTIONS) {
            Button button = new Button(action.label());
            button.getStyleClass().add(Styles.SMALL);
            boolean current = action.state() == state;
            button.setDisable(current && !dayUnknown);
            button.setId("action-" + platformKey + "-" + action.state().name().toLowerCase());
            button.setTooltip(new Tooltip(current && dayUnknown
                    ? "Record the day of \u201c" + action.state().label() + "\u201d on " + card.platform().name()
                            + ": the day beside"
                    : "Record on " + card.platform().name() + ": " + action.state().label()
                            + ", dated the day beside"));
            button.setOnAction(event -> model.changeLink(platformKey, action.state(), day.getValue()));
            actions.getChildren().add(button);
        }
        getChildren().addAll(handle, actions);
    }

    /** The vouch question asked on the card itself, where the verdict says it is what is missing. */
    private static VBox vouchQuestion(ContactPageViewModel model, String platformKey, Runnable askBoth) {
        var contact = model.pageProperty().get().contact();
        Label question = Controls.wrapping(new Label("What would you say about " + contact.displayName()
                + "'s work if someone asked you?"));
        question.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea answer = new TextArea(contact.vouchForThem());
        answer.setPromptText("e.g. Ran the best workshop at the meetup; clear, generous with time");
        answer.setPrefRowCount(2);
        answer.setWrapText(true);
        answer.setId("vouch-answer-" + platformKey);
        answer.setAccessibleText(question.getText());
        question.setLabelFor(answer);
        Button save = new Button("Save answer", FontIcon.of(Feather.CHECK));
        save.getStyleClass().add(Styles.SMALL);
        save.setId("save-vouch-" + platformKey);
        save.disableProperty().bind(answer.textProperty().map(String::isBlank));
        save.setOnAction(event -> model.saveVouchForThem(answer.getText()));
        Hyperlink both = new Hyperlink("Both questions\u2026");
        both.setTooltip(new Tooltip("Also: what would they say about you?"));
        both.setId("vouch-" + platformKey);
        both.setOnAction(event -> askBoth.run());
        Controls.keepWidth(save, both);
        HBox buttons = new HBox(8, save, both);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, question, answer, buttons);
        box.getStyleClass().add("vouch-question");
        box.setId("vouch-question-" + platformKey);
        return box;
    }

    private static Button decide(ContactPageViewModel model, String platformKey, String text, Category category) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.SMALL);
        button.setId("decide-" + platformKey + "-" + category.name().toLowerCase());
        button.setTooltip(new Tooltip(category.explanation()));
        button.setOnAction(event -> model.decideCategory(category));
        return button;
    }
}
