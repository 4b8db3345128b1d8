package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.rapport.domain.Article;
import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.domain.Sphere;
import app.rapport.domain.VerdictKind;
import app.rapport.service.PlatformReadiness;
import app.rapport.ui.Controls;
import app.rapport.ui.DateFields;
import app.rapport.ui.VerdictGraphics;

/**
 * One platform on a contact's page: verdict with reasons and next step, the link and its one-click actions.
 * The page keeps one card per platform and shows each contact in it: the parts a verdict does not call for are
 * left out of the card, and built the first time one does.
 */
final class PlatformCard extends VBox {

    private static final DateTimeFormatter DATE = DateFields.display(java.util.Locale.getDefault(
            java.util.Locale.Category.FORMAT));

    private final String platformKey;
    private final ContactPageViewModel model;
    private final Runnable askVouch;
    private final Consumer<Article> openGuide;
    private final Label name = new Label();
    private final Label sphere = new Label();
    private final Label link = new Label();
    private final HBox header;
    private final Label verdict = new Label();
    private final VBox reasons = new VBox(2);
    private final List<Label> reasonLines = new ArrayList<>();
    private final Map<Article, Hyperlink> guideLinks = new EnumMap<>(Article.class);
    private final Label next = new Label();
    private final TextField handle = new TextField();
    private final LedgerActions actions;
    private FlowPane why;
    private Label source;
    private VouchQuestion vouch;
    private List<Node> categoryQuestion;
    private MessageToCopy message;
    private VerdictKind kind;
    private PlatformReadiness card;
    private long contactId = -1;

    PlatformCard(String platformKey, ContactPageViewModel model, Runnable askVouch, Consumer<Article> openGuide) {
        super(8);
        this.platformKey = platformKey;
        this.model = model;
        this.askVouch = askVouch;
        this.openGuide = openGuide;
        getStyleClass().add("platform-card");
        setId("card-" + platformKey);
        setFocusTraversable(false);

        name.getStyleClass().add(Styles.TITLE_4);
        sphere.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        link.getStyleClass().addAll(Styles.TEXT_SMALL, "link-state");
        link.setId("link-" + platformKey);
        Controls.keepWidth(name, sphere);
        header = new HBox(8, name, sphere, spacer, link);
        header.setAlignment(Pos.BASELINE_LEFT);
        verdict.getStyleClass().addAll("verdict", Styles.TEXT_BOLD);
        verdict.setId("verdict-" + platformKey);
        next.setWrapText(true);
        next.getStyleClass().add("next-step");
        next.setId("next-" + platformKey);

        handle.setPromptText("Handle or profile URL (optional)");
        handle.setId("handle-" + platformKey);
        handle.setOnAction(event -> saveHandle());
        handle.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveHandle();
            }
        });
        handle.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                handle.setText(savedHandle());
            }
        });
        actions = new LedgerActions(platformKey, model);
    }

    /** Shows this platform for {@code contact}; what the user is typing for the same contact stays as typed. */
    void show(PlatformReadiness shown, Contact contact) {
        boolean sameContact = contact.id() == contactId;
        if (!sameContact && handle.isFocused()) {
            saveHandle();
        }
        card = shown;
        contactId = contact.id();
        getStyleClass().remove("focused-card");
        name.setText(shown.platform().name());
        sphere.setText(shown.platform().sphere().label());
        LinkState state = shown.link().map(l -> l.state()).orElse(LinkState.NONE);
        link.setText(state == LinkState.NONE ? state.label()
                : state.label() + shown.link().orElseThrow().knownSince().map(day -> " since " + DATE.format(day))
                        .orElse(", day not known"));
        showVerdict(shown.verdict().kind());
        showReasons(shown.verdict().reasons());
        next.setText("Next: " + shown.verdict().nextStep());

        List<Node> parts = new ArrayList<>(List.of(header));
        model.sourceOf(platformKey).ifPresent(from -> parts.add(source("From your " + from)));
        parts.addAll(List.of(verdict, reasons, next));
        if (kind == VerdictKind.GET_TO_KNOW_FIRST && shown.platform().sphere() == Sphere.PROFESSIONAL) {
            if (vouch == null) {
                vouch = new VouchQuestion(model, platformKey, askVouch);
            }
            vouch.show(contact, sameContact);
            parts.add(vouch);
        }
        if (kind == VerdictKind.DECIDE_CATEGORY) {
            parts.addAll(decideQuestion());
        }
        model.suggestedMessage(shown).ifPresent(suggested -> {
            if (message == null) {
                message = new MessageToCopy(platformKey);
            }
            parts.addAll(message.show(suggested));
        });
        if (!(sameContact && handle.isFocused())) {
            handle.setText(savedHandle());
        }
        handle.setAccessibleText(shown.platform().name() + " handle or profile URL");
        boolean dayUnknown = shown.link().filter(current -> current.since() == null).isPresent();
        actions.show(shown.platform().name(), state, dayUnknown, model.today());
        parts.addAll(List.of(handle, actions));
        Shown.only(getChildren(), parts);
    }

    private void showVerdict(VerdictKind shown) {
        if (shown == kind) {
            return;
        }
        if (kind != null) {
            verdict.getStyleClass().remove(VerdictGraphics.styleClass(kind));
        }
        kind = shown;
        verdict.setText(shown.label());
        verdict.setGraphic(VerdictGraphics.icon(shown));
        verdict.getStyleClass().add(VerdictGraphics.styleClass(shown));
    }

    private void showReasons(List<String> said) {
        List<Node> lines = new ArrayList<>();
        List<Article> cited = new ArrayList<>();
        for (String reason : said) {
            if (reasonLines.size() == lines.size()) {
                Label line = Controls.wrapping(new Label());
                line.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                reasonLines.add(line);
            }
            Label line = reasonLines.get(lines.size());
            line.setText("\u2022 " + Article.words(reason));
            lines.add(line);
            Article.citedIn(reason).stream().filter(article -> !cited.contains(article)).forEach(cited::add);
        }
        if (!cited.isEmpty()) {
            lines.add(why(cited));
        }
        Shown.only(reasons.getChildren(), lines);
    }

    /** The guide's articles the reasons cite, each a link to its advice. */
    private FlowPane why(List<Article> cited) {
        if (why == null) {
            why = new FlowPane(4, 0);
            why.setId("why-" + platformKey);
            Label asked = new Label("Why?");
            asked.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            why.getChildren().add(asked);
        }
        List<Node> shown = new ArrayList<>(List.of(why.getChildren().getFirst()));
        for (Article article : cited) {
            shown.add(guideLinks.computeIfAbsent(article, this::guideLink));
        }
        Shown.only(why.getChildren(), shown);
        return why;
    }

    private Hyperlink guideLink(Article article) {
        Hyperlink source = new Hyperlink(article.title());
        source.getStyleClass().add(Styles.TEXT_SMALL);
        source.setTooltip(new Tooltip("Read this advice in the Guide"));
        source.setId("why-" + platformKey + "-" + article.name().toLowerCase());
        source.setOnAction(event -> openGuide.accept(article));
        return source;
    }

    private Label source(String from) {
        if (source == null) {
            source = new Label();
            source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            source.setId("link-source-" + platformKey);
            source.setTooltip(new Tooltip("The state above was read from this download; a click below replaces it"));
        }
        source.setText(from);
        return source;
    }

    private List<Node> decideQuestion() {
        if (categoryQuestion == null) {
            Label question = new Label(Category.DECIDING_QUESTION);
            question.setWrapText(true);
            question.getStyleClass().add(Styles.TEXT_ITALIC);
            FlowPane answers = new FlowPane(6, 6);
            answers.getChildren().addAll(
                    decide("Barbecue: personal", Category.PERSONAL),
                    decide("Business lunch: professional", Category.PROFESSIONAL),
                    decide("Both", Category.BOTH));
            categoryQuestion = List.of(question, answers);
        }
        return categoryQuestion;
    }

    private Button decide(String text, Category category) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.SMALL);
        button.setId("decide-" + platformKey + "-" + category.name().toLowerCase());
        button.setTooltip(new Tooltip(category.explanation()));
        button.setOnAction(event -> model.decideCategory(category));
        return button;
    }

    private String savedHandle() {
        return card.link().map(l -> l.handle()).orElse("");
    }

    private void saveHandle() {
        if (card != null && !handle.getText().strip().equals(savedHandle())) {
            model.saveHandle(contactId, platformKey, handle.getText());
        }
    }
}
