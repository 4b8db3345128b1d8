package app.rapport.ui.contact;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.FollowUp;
import app.rapport.domain.LinkChange;
import app.rapport.domain.Platform;
import app.rapport.service.ContactReadiness;
import app.rapport.service.PlatformReadiness;
import app.rapport.ui.DialogService;
import app.rapport.ui.Navigator;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.RevealFocused;
import app.rapport.ui.ScrollPlace;
import app.rapport.ui.ShellPage;
import app.rapport.ui.UndoBar;
import app.rapport.ui.contacts.ContactFormView;
import app.rapport.ui.interaction.LogInteractionView;

/**
 * A contact's page: who they are, one card per platform, the timeline and the history of requests. Its controls
 * are built once and show each contact opened in turn: building and styling them anew was most of the time a
 * contact took to open.
 */
public final class ContactPageView extends BorderPane implements ShellPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ContactPageViewModel model;
    private final Navigator navigator;
    private final DialogService dialogs;
    private final VBox body = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(body);
    private final ContactHeader header;
    private final AboutContact about = new AboutContact();
    private final FlowPane cardsPane = new FlowPane(14, 14);
    private final Map<String, PlatformCard> cards = new HashMap<>();
    private final VBox followUps = new VBox(4);
    private final ContactTimeline timeline;
    private final VBox history = new VBox(4);
    private final UndoBar undoBar;
    private final List<Node> sections;
    private String focusPlatform;
    private String focusOnRender;
    private long renderedId = -1;

    public ContactPageView(ContactPageViewModel model, Navigator navigator, DialogService dialogs) {
        this.model = model;
        this.navigator = navigator;
        this.dialogs = dialogs;
        getStyleClass().add("contact-page");
        setPadding(new Insets(16, 24, 16, 24));
        body.setPadding(new Insets(0, 12, 12, 0));
        scroll.setFitToWidth(true);
        // Tab moves through the cards' buttons below the fold: the page follows the focus.
        RevealFocused.install(scroll);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        undoBar = undoBar();
        setBottom(undoBar);
        header = new ContactHeader(navigator::back, model::edit, this::logInteraction);
        cardsPane.setPrefWrapLength(900);
        followUps.setId("contact-follow-ups");
        timeline = new ContactTimeline(model);
        history.setId("link-history");
        sections = List.of(header, ProblemBanner.of(model.problemProperty(), model::dismissProblem,
                "contact-problem"), section("About", "What you know about them.", about),
                section("Platforms", "Connect now, later or never \u2014 with the reasons.", cardsPane),
                section("Follow-ups", "What you planned to do, by due date.", followUps),
                section("Timeline", "Time spent together, newest first.", timeline),
                section("Request history", "Every change, when it happened.", history));
        model.pageProperty().addListener((obs, old, page) -> render(page));
        model.formRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new ContactFormView(form));
                model.formClosed();
            }
        });
        model.interactionRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new LogInteractionView(form));
                model.formClosed();
            }
        });
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    @Override
    public void undo() {
        // The interaction put back takes the focus again, as it had it before it was deleted.
        model.interactionToPutBack().ifPresent(id -> focusOnRender = ContactTimeline.deleteButtonId(id));
        model.undo();
    }

    @Override
    public OptionalLong contactInFocus() {
        return model.contactInFocus();
    }

    /** Shows this contact. */
    public void show(long contactId) {
        focusOnRender = null;
        model.show(contactId);
    }

    /** Back, where the keyboard starts: Enter or Esc goes back, Tab goes on to Edit and down the page. */
    @Override
    public boolean takeFocus() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner != null && ScrollPlace.isInside(owner, this)) {
            // Placed already, as a platform's card asked for it is once the page shows the contact.
            return true;
        }
        if (header.getScene() == null) {
            // Opened for the first time, the page shows its header once the contact is read: until then the page
            // itself holds the focus, which would otherwise fall to the sidebar.
            focusOnRender = ContactHeader.BACK_ID;
            requestFocus();
        } else {
            header.focusBack();
        }
        return true;
    }

    /** Scrolls to and focuses this platform's card after the next render (a click in the readiness matrix). */
    public void focusPlatformOnShow(String platformId) {
        focusPlatform = platformId;
    }

    /** Opens the "log interaction" dialog for this contact (Ctrl+I on this page). */
    public void logInteraction() {
        model.logInteraction();
    }

    private void render(ContactReadiness page) {
        if (page == null) {
            body.getChildren().clear();
            renderedId = -1;
            return;
        }
        // The same contact again (after a click on it): the page stays where the user was, and the control with
        // the focus gets it back. When that one is gone (the interaction just deleted), a kept row's button must
        // not keep the focus while it shows another interaction: see focusAfterLosingIt. Another contact starts
        // at the top.
        boolean same = page.contact().id() == renderedId;
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusInBody = focused != null && ScrollPlace.isInside(focused, body);
        ScrollPlace place = same ? ScrollPlace.of(scroll) : null;
        renderedId = page.contact().id();
        header.show(page.contact(), model.quietFor());
        about.show(page.contact());
        showCards(page);
        showFollowUps(page);
        timeline.show(page.interactions());
        showHistory(page);
        Shown.only(body.getChildren(), sections);
        if (place != null) {
            if (!place.restore()) {
                focusAfterLosingIt();
            }
        } else {
            scroll.setVvalue(0);
            if (focusInBody) {
                header.focusBack();
            }
        }
        focusAsked();
        if (focusPlatform != null) {
            PlatformCard card = cards.get(focusPlatform);
            focusPlatform = null;
            if (card != null && card.getParent() != null) {
                card.getStyleClass().add("focused-card");
                // Its first button that can be pressed: Save answer, first on some cards, waits for typing.
                card.lookupAll(".button").stream().filter(button -> !button.isDisabled()).findFirst()
                        .ifPresent(Node::requestFocus);
                scroll.layout();
                double y = card.getBoundsInParent().getMinY() + card.getParent().getBoundsInParent().getMinY();
                double range = body.getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range > 0 ? Math.clamp(y / range, 0, 1) : 0);
            }
        }
    }

    private void focusAsked() {
        Node asked = focusOnRender == null ? null : body.lookup("#" + focusOnRender);
        if (asked != null) {
            focusOnRender = null;
            asked.requestFocus();
        }
    }

    /** One card per platform, kept from contact to contact. */
    private void showCards(ContactReadiness page) {
        List<Node> shown = new ArrayList<>();
        for (PlatformReadiness readiness : page.platforms()) {
            PlatformCard card = cards.computeIfAbsent(readiness.platform().id(), platform -> {
                PlatformCard built = new PlatformCard(platform, model, this::askVouch,
                        article -> navigator.openGuide(article.name()));
                built.setPrefWidth(440);
                return built;
            });
            card.show(readiness, page.contact());
            shown.add(card);
        }
        Shown.only(cardsPane.getChildren(), shown);
    }

    private void showFollowUps(ContactReadiness page) {
        VBox list = followUps;
        list.getChildren().clear();
        if (page.openFollowUps().isEmpty()) {
            Label none = new Label("Nothing planned.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (FollowUp followUp : page.openFollowUps()) {
            Label title = new Label(DATE.format(followUp.due()) + "   " + followUp.title(), FontIcon.of(Feather.BELL));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label message = new Label(followUp.message());
            message.setWrapText(true);
            message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            list.getChildren().add(new VBox(2, title, message));
        }
    }

    private void showHistory(ContactReadiness page) {
        Map<String, String> names = page.platforms().stream().map(PlatformReadiness::platform)
                .collect(Collectors.toMap(Platform::id, Platform::name, (a, b) -> a));
        VBox list = history;
        list.getChildren().clear();
        if (page.linkHistory().isEmpty()) {
            Label none = new Label("No requests or connections recorded yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (LinkChange change : page.linkHistory()) {
            String day = change.on() == null ? "Day not known" : DATE.format(change.on());
            Label line = new Label(day + "   " + names.getOrDefault(change.platformId(),
                    change.platformId()) + ": " + change.from().label() + " \u2192 " + change.to().label());
            line.getStyleClass().add(Styles.TEXT_SMALL);
            list.getChildren().add(line);
        }
    }

    private Node section(String title, String explanation, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(explanation);
        text.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox titleRow = new HBox(10, heading, text);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(8, titleRow, content);
    }

    /**
     * The focused control is gone or shows something else now. A delete in the timeline gives the focus to Undo,
     * which may show only once the page has reloaded: until then the focus stays where it is.
     */
    private void focusAfterLosingIt() {
        if (undoBar.isVisible()) {
            undoBar.focusUndo();
        } else if (!focusLostInTimeline()) {
            header.focusBack();
        }
    }

    private boolean focusLostInTimeline() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        return owner == null || owner.getScene() == null || ScrollPlace.isInside(owner, timeline);
    }

    private UndoBar undoBar() {
        UndoBar bar = new UndoBar("contact-undo", Feather.TRASH_2, model.undoMessage(), this::undo,
                model::forgetUndo);
        model.undoMessage().addListener((obs, old, now) -> {
            if (model.interactionToPutBack().isPresent()) {
                bar.explain("Put the interaction back", Feather.TRASH_2);
                if (focusLostInTimeline()) {
                    bar.focusUndo();
                }
            } else {
                bar.explain("Put the link and its request history back as they were", Feather.LINK);
            }
        });
        BorderPane.setMargin(bar, new Insets(12, 0, 0, 0));
        return bar;
    }

    private void askVouch() {
        dialogs.showAndWait(new VouchDialog(model.pageProperty().get().contact())).ifPresent(answers -> model.saveVouch(answers[0], answers[1]));
    }
}
