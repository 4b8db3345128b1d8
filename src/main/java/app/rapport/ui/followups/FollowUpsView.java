package app.rapport.ui.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.FollowUpItem;
import app.rapport.ui.Controls;
import app.rapport.ui.DialogService;
import app.rapport.ui.KeyboardFocus;
import app.rapport.ui.Navigator;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.RevealFocused;
import app.rapport.ui.RowPages;
import app.rapport.ui.ScrollPlace;
import app.rapport.ui.ShellPage;
import app.rapport.ui.UndoBar;

/** The follow-ups page: overdue, today, upcoming. */
public final class FollowUpsView extends BorderPane implements FollowUpRow.Actions, ShellPage {

    /**
     * Two screenfuls, and few enough that a first visit builds them quickly: each row is a dozen controls,
     * styled and laid out on the FX thread, and most of a first visit's time went there (at 50 a section the
     * page's three sections took over a second; at 20, with thousands due, half a second).
     */
    static final int ROWS_PER_PAGE = 10;

    private final FollowUpsViewModel model;
    private final Navigator navigator;
    private final VBox sections = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(sections);
    // Where takeFocus put the keyboard while the queue was still being read (Ctrl+4 just after start-up): the
    // first follow-up takes it once the queue shows, unless the user has moved it since.
    private Node focusedBeforeQueue;

    public FollowUpsView(FollowUpsViewModel model, Navigator navigator, DialogService dialogs) {
        this.model = model;
        this.navigator = navigator;
        getStyleClass().add("follow-ups-page");
        setPadding(new Insets(20, 24, 16, 24));
        setTop(new VBox(12, header(), ProblemBanner.of(model.problemProperty(), model::dismissProblem,
                "follow-ups-problem")));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        sections.setPadding(new Insets(12, 12, 12, 0));
        RevealFocused.install(scroll, this, "follow-up-row");
        setCenter(scroll);
        UndoBar undo = new UndoBar("follow-up-undo", Feather.CHECK, model.undoMessage(), model::undo,
                model::forgetUndo).explain("Put the follow-up back as it was", Feather.CHECK);
        BorderPane.setMargin(undo, new Insets(12, 0, 0, 0));
        setBottom(undo);
        model.queueProperty().addListener((obs, old, queue) -> render(queue));
        if (model.queueProperty().get() != null) {
            render(model.queueProperty().get());
        }
        model.formRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new ManualFollowUpView(form));
                model.formClosed();
            }
        });
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void undo() {
        model.undo();
    }

    /** The first follow-up, where the work is; the first button above the queue while there is none to show. */
    @Override
    public boolean takeFocus() {
        // On a first visit the queue is in the scene only once the scroll pane around it has its skin.
        applyCss();
        Optional<Node> first = KeyboardFocus.first(sections);
        if (first.isPresent()) {
            first.get().requestFocus();
            return true;
        }
        boolean taken = ShellPage.super.takeFocus();
        focusedBeforeQueue = taken && model.queueProperty().get() == null ? getScene().getFocusOwner() : null;
        return taken;
    }

    /** Opens the dialog for a follow-up of the user's own. */
    public void newFollowUp() {
        model.openForm(null);
    }

    private Node header() {
        Label title = new Label("Follow-ups");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("follow-up-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> FollowUpsViewModel.dueWords(model.dueCountProperty().get()), model.dueCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New follow-up", FontIcon.of(Feather.PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Add a reminder of your own"));
        add.setId("new-follow-up");
        add.setOnAction(event -> newFollowUp());
        Button export = new Button("Export to calendar\u2026", FontIcon.of(Feather.CALENDAR));
        export.setTooltip(new Tooltip("Save open follow-ups and birthdays as an .ics file for your calendar app"));
        export.setId("export-calendar");
        export.setOnAction(event -> model.exportCalendar());
        Controls.keepWidth(title, count, export, add);
        HBox header = new HBox(12, title, count, spacer, export, add);
        header.setAlignment(Pos.BASELINE_LEFT);
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setId("export-status");
        status.textProperty().bind(model.exportStatusProperty());
        status.managedProperty().bind(status.visibleProperty());
        status.visibleProperty().bind(model.exportStatusProperty().isNotEmpty());
        return new VBox(6, header, status);
    }

    private void render(FollowUpsViewModel.Queue queue) {
        ScrollPlace place = ScrollPlace.of(scroll);
        OptionalInt focusedRow = QueueFocus.rowOf(sections);
        sections.getChildren().setAll(
                section("overdue", "Overdue", queue.overdue(), queue.today(), "Nothing overdue."),
                section("today", "Today", queue.dueToday(), queue.today(), "Nothing due today."),
                section("upcoming", "Upcoming", queue.upcoming(), queue.today(), "Nothing planned yet."));
        // The control with the keyboard is gone with its follow-up (done, snoozed, dismissed): the one that took
        // its row's place takes it.
        if (!place.restore()) {
            focusedRow.ifPresent(row -> QueueFocus.focusRow(sections, row));
        }
        Node waiting = focusedBeforeQueue;
        focusedBeforeQueue = null;
        if (waiting != null && waiting.getScene() != null && waiting.getScene().getFocusOwner() == waiting) {
            takeFocus();
        }
    }

    private Node section(String id, String title, List<FollowUpItem> items, LocalDate today, String empty) {
        Label heading = new Label(title + (items.isEmpty() ? "" : String.format(" (%,d)", items.size())));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox rows = new VBox(8);
        rows.setId("follow-ups-" + id);
        if (items.isEmpty()) {
            Label none = new Label(empty);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        RowPages.show(rows, items, ROWS_PER_PAGE, "follow-ups-" + id + "-more", false,
                item -> new FollowUpRow(item, today, this, navigator));
        return new VBox(8, heading, rows);
    }

    @Override
    public void complete(FollowUpItem item) {
        model.complete(item);
    }

    @Override
    public void snooze(FollowUpItem item, LocalDate until) {
        model.snooze(item, until);
    }

    @Override
    public void pickSnoozeDate(FollowUpItem item) {
        model.pickSnoozeDate(item);
    }

    @Override
    public void dismiss(FollowUpItem item) {
        model.dismiss(item);
    }

    @Override
    public void edit(FollowUpItem item) {
        model.openForm(item);
    }

    @Override
    public void delete(FollowUpItem item) {
        model.delete(item);
    }
}
