package app.rapport.ui.sort;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import app.rapport.domain.Category;
import app.rapport.service.SortItem;
import app.rapport.ui.PageContext;
import app.rapport.ui.ShellPage;

/**
 * The Sort page: the undecided contact in front, the facts that decide, the suggestion with its reason, the keys,
 * and per reason "Take all N". Everything is a key away; the buttons are there for the mouse.
 */
public final class SortView extends BorderPane implements ShellPage {

    private final SortViewModel model;
    private final Label name = new Label();
    private final VBox facts = new VBox(4);
    private final Label suggestion = new Label();
    private final Label keys = new Label();
    private final FlowPane choices = new FlowPane(8, 8);
    private final VBox reasons = new VBox(6);

    /** The Sort page with its model, as the window opens it. */
    public static SortView page(PageContext c) {
        return new SortView(new SortViewModel(c.services().sort(), c.tasks()));
    }

    @Override
    public Node view() {
        return this;
    }

    /** Each showing reads the undecided contacts again (others may have been decided elsewhere); keys go here. */
    @Override
    public void shown() {
        model.load();
        requestFocus();
    }

    @Override
    public void undo() {
        model.undo();
    }

    public SortView(SortViewModel model) {
        this.model = model;
        getStyleClass().add("sort-page");
        setPadding(new Insets(20));
        setFocusTraversable(true);

        Label title = new Label("Sort: barbecue or business lunch?");
        title.getStyleClass().add(Styles.TITLE_2);
        Label progress = new Label();
        progress.setId("sort-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        setTop(new VBox(4, title, progress));

        name.setId("sort-name");
        facts.setId("sort-facts");
        name.getStyleClass().add(Styles.TITLE_3);
        suggestion.setId("sort-suggestion");
        suggestion.setWrapText(true);
        keys.setId("sort-keys");
        keys.setWrapText(true);
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = new Label();
        message.setId("sort-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        choices.setId("sort-choices");
        // A flow pane wraps at 400 px unless told otherwise; the page is wider.
        choices.setPrefWrapLength(760);
        VBox center = new VBox(12, name, facts, suggestion, choices, keys, message);
        center.setPadding(new Insets(16, 16, 0, 0));
        setCenter(center);

        Label takeAllTitle = new Label("By reason");
        takeAllTitle.getStyleClass().add(Styles.TITLE_4);
        VBox right = new VBox(8, takeAllTitle, reasons);
        right.setPadding(new Insets(16, 0, 0, 16));
        right.setPrefWidth(300);
        setRight(right);

        model.currentProperty().addListener((obs, old, now) -> show(now));
        model.choosingRelationshipForProperty().addListener((obs, old, now) -> showKeys());
        model.reasons().addListener((javafx.collections.ListChangeListener<SortViewModel.ReasonGroup>) c ->
                showReasons());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        show(model.currentProperty().get());
        showReasons();
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            model.undo();
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (model.choosingRelationshipForProperty().get() != null) {
            if (event.getCode() == KeyCode.ENTER) {
                model.enter();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.cancelRelationship();
            } else if (event.getCode().isLetterKey()) {
                model.relationshipKey(event.getCode().getName().charAt(0));
            }
            event.consume();
            return;
        }
        switch (event.getCode()) {
            case P -> model.personal();
            case W -> model.professional();
            case B -> model.both();
            case S -> model.skip();
            case ENTER -> model.enter();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void show(SortItem item) {
        facts.getChildren().clear();
        if (item == null) {
            name.setText("Everyone is sorted.");
            suggestion.setText("");
            showKeys();
            return;
        }
        name.setText(item.contact().displayName());
        for (SortFacts.Fact fact : SortFacts.of(item)) {
            Label line = new Label(fact.text());
            line.setWrapText(true);
            facts.getChildren().add(line);
        }
        suggestion.setText(item.suggestion()
                .map(s -> "Suggestion: " + s.category().label()
                        + (s.relationship() == null ? "" : ", " + s.relationship().label())
                        + " \u2014 " + s.because() + ". Enter takes it.")
                .orElse("No suggestion: nothing here decides it."));
        showKeys();
    }

    private void showKeys() {
        Category choosing = model.choosingRelationshipForProperty().get();
        showChoices(choosing);
        // Each button names its key; this line says what the buttons cannot.
        if (model.currentProperty().get() == null) {
            keys.setText("Contacts you import or add without deciding between personal and professional come "
                    + "here. Ctrl+Z takes back the last one sorted.");
        } else {
            keys.setText(choosing == null ? "Press a button's key, or click it. Ctrl+Z takes back the last one."
                    : choosing.label() + ", and the relationship?");
        }
    }

    /**
     * The keys as buttons, for the mouse. They take no focus: the page keeps it, so that a key after a click is
     * still a key for the page, and Enter never presses a button instead of taking the suggestion.
     */
    private void showChoices(Category choosing) {
        SortItem item = model.currentProperty().get();
        if (item == null) {
            choices.getChildren().clear();
            return;
        }
        if (choosing == null) {
            Button take = choice("Take it (Enter)", "sort-take-suggestion", model::enter);
            take.getStyleClass().add(Styles.ACCENT);
            take.setVisible(item.suggestion().isPresent());
            take.setManaged(take.isVisible());
            take.setTooltip(new Tooltip("Take the suggestion above"));
            choices.getChildren().setAll(take, choice("Personal (P)", "sort-personal", model::personal),
                    choice("Professional (W)", "sort-professional", model::professional),
                    choice("Both (B)", "sort-both", model::both), choice("Skip (S)", "sort-skip", model::skip));
            return;
        }
        List<Button> relationships = SortViewModel.RELATIONSHIP_KEYS.get(choosing).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> choice(e.getValue().label() + " (" + e.getKey() + ")",
                        "sort-relationship-" + e.getValue().name().toLowerCase(Locale.ROOT),
                        () -> model.relationshipKey(e.getKey())))
                .toList();
        choices.getChildren().setAll(relationships);
        choices.getChildren().addAll(choice("Just " + choosing.label() + " (Enter)", "sort-keep", model::enter),
                choice("Back (Esc)", "sort-back", model::cancelRelationship));
    }

    private Button choice(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(event -> {
            action.run();
            requestFocus();
        });
        return button;
    }

    private void showReasons() {
        reasons.getChildren().setAll(model.reasons().stream().map(group -> {
            Button take = new Button(group.label());
            take.setId("take-all-" + group.reason().name().toLowerCase(Locale.ROOT));
            take.setWrapText(true);
            take.setMaxWidth(Double.MAX_VALUE);
            take.setFocusTraversable(false);
            take.setOnAction(event -> model.takeAll(group.reason()));
            return take;
        }).toList());
        if (model.reasons().isEmpty()) {
            Label none = new Label("No reason covers several people.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            reasons.getChildren().add(none);
        }
    }
}
