package app.rapport.ui.followups;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Article;
import app.rapport.domain.FollowUpRule;
import app.rapport.service.FollowUpItem;
import app.rapport.ui.Navigator;
import app.rapport.ui.Page;
import app.rapport.ui.Tooltips;

/** One follow-up: what, whom, why, when, the message to copy, and what to do with it. */
final class FollowUpRow extends HBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** What the row's buttons ask for; the page turns them into view-model calls and dialogs. */
    interface Actions {
        void complete(FollowUpItem item);

        void snooze(FollowUpItem item, LocalDate until);

        void pickSnoozeDate(FollowUpItem item);

        void dismiss(FollowUpItem item);

        void edit(FollowUpItem item);

        void delete(FollowUpItem item);
    }

    FollowUpRow(FollowUpItem item, LocalDate today, Actions actions, Navigator navigator) {
        super(16);
        getStyleClass().add("follow-up-row");
        long id = item.followUp().id();
        setId("follow-up-" + id);

        Label title = new Label(item.followUp().title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label due = new Label(dueText(item.followUp().due(), today));
        due.getStyleClass().add(Styles.TEXT_SMALL);
        if (item.followUp().due().isBefore(today)) {
            due.getStyleClass().add(Styles.DANGER);
        }
        Hyperlink contact;
        if (FollowUpRule.SORT.name().equals(item.followUp().rule())) {
            // Shared by many undecided contacts: it leads to where they are decided, not to one of them.
            contact = new Hyperlink("Sort them now (Ctrl+7)");
            contact.setOnAction(event -> navigator.open(Page.SORT));
            Tooltips.lazy(contact, "Open the Sort page");
        } else {
            contact = new Hyperlink(item.contactName());
            contact.setOnAction(event -> navigator.openContact(item.followUp().contactId()));
            Tooltips.lazy(contact, "Open " + item.contactName());
        }
        contact.setId("follow-up-link-" + id);
        Label where = new Label(item.platformName() == null ? "" : "on " + item.platformName());
        where.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane about = new FlowPane(4, 2, contact, where, due);
        about.setRowValignment(VPos.BASELINE);
        for (Node part : about.getChildren()) {
            ((Region) part).setMinWidth(Region.USE_PREF_SIZE);
        }
        Label why = new Label("Why: " + Article.words(item.why()));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox text = new VBox(2, title, about, why);
        if (!item.followUp().message().isBlank()) {
            Label message = new Label(item.followUp().message());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.getStyleClass().add(Styles.TEXT_SMALL);
            message.setId("follow-up-message-" + id);
            text.getChildren().add(message);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.TOP_RIGHT);
        // The buttons keep their words; the text beside them wraps instead.
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        if (!item.followUp().message().isBlank()) {
            Button copy = button(Feather.COPY, "Copy", "Copy the suggested message", "copy-follow-up-" + id);
            copy.setOnAction(event -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(item.followUp().message());
                Clipboard.getSystemClipboard().setContent(content);
                copy.setText("Copied");
            });
            buttons.getChildren().add(copy);
        }
        Button done = button(Feather.CHECK, "Done", "Mark as done", "done-" + id);
        done.getStyleClass().add(Styles.SUCCESS);
        done.setOnAction(event -> actions.complete(item));
        MenuButton snooze = new MenuButton("Snooze", FontIcon.of(Feather.CLOCK));
        snooze.getStyleClass().add(Styles.SMALL);
        snooze.setMinWidth(Region.USE_PREF_SIZE);
        snooze.setId("snooze-" + id);
        Tooltips.lazy(snooze, "Move it to a later day");
        MenuItem tomorrow = new MenuItem("Tomorrow");
        tomorrow.setId("snooze-tomorrow-" + id);
        tomorrow.setOnAction(event -> actions.snooze(item, today.plusDays(1)));
        MenuItem nextWeek = new MenuItem("Next week");
        nextWeek.setId("snooze-next-week-" + id);
        nextWeek.setOnAction(event -> actions.snooze(item, today.plusWeeks(1)));
        MenuItem pick = new MenuItem("Pick a date\u2026");
        pick.setOnAction(event -> actions.pickSnoozeDate(item));
        snooze.getItems().addAll(tomorrow, nextWeek, pick);
        buttons.getChildren().addAll(done, snooze);
        if (item.isManual()) {
            Button edit = button(Feather.EDIT_2, null, "Edit this follow-up", "edit-follow-up-" + id);
            edit.setOnAction(event -> actions.edit(item));
            Button delete = button(Feather.TRASH_2, null, "Delete this follow-up", "delete-follow-up-" + id);
            delete.setOnAction(event -> actions.delete(item));
            buttons.getChildren().addAll(edit, delete);
        } else {
            Button dismiss = button(Feather.X, null, "Dismiss: it will not come back for the same reason",
                    "dismiss-" + id);
            dismiss.setOnAction(event -> actions.dismiss(item));
            buttons.getChildren().add(dismiss);
        }
        getChildren().addAll(text, buttons);
    }

    static String dueText(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "\u00b7 due today";
        }
        if (days < 0) {
            return "\u00b7 overdue since " + DATE.format(due)
                    + (days == -1 ? " (yesterday)" : String.format(" (%,d days)", -days));
        }
        return "\u00b7 due " + DATE.format(due) + (days == 1 ? " (tomorrow)" : " (in " + days + " days)");
    }

    private static Button button(Feather icon, String text, String tooltip, String id) {
        Button button = new Button(text, FontIcon.of(icon));
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (text == null) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        Tooltips.lazy(button, tooltip);
        button.setAccessibleText(tooltip);
        button.setId(id);
        return button;
    }
}
