package app.rapport.ui.welcome;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The first thing a new user sees: five ways to start, each one click away. */
public final class WelcomeView extends ScrollPane {

    /** What each choice does; the main window knows how. */
    public interface Choices {
        void importLinkedIn();

        void importPhoneContacts();

        void importPlatformDownloads();

        void exploreSampleData();

        void startEmpty();
    }

    public WelcomeView(Choices choices) {
        getStyleClass().add("welcome-page");
        setFitToWidth(true);
        Label title = new Label("Welcome to Rapport");
        title.getStyleClass().add(Styles.TITLE_1);
        Label lead = new Label("For everyone you know and every platform you use, Rapport answers: connect now, "
                + "later or never \u2014 and what do I do next? Everything stays on this computer.");
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane options = new GridPane();
        options.setHgap(16);
        options.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        options.getColumnConstraints().setAll(half, half);
        List<Node> cards = List.of(
                option(Feather.LINKEDIN, "Import your LinkedIn connections",
                        "1. On LinkedIn, open Settings & Privacy \u2192 Data privacy \u2192 Get a copy of your data.\n"
                                + "2. Pick \u201cConnections\u201d (and \u201cInvitations\u201d), request the archive, "
                                + "and download it when LinkedIn emails you.\n"
                                + "3. Unzip it and choose Connections.csv here.",
                        "Import LinkedIn export\u2026", "welcome-linkedin", choices::importLinkedIn),
                option(Feather.SMARTPHONE, "Import contacts from your phone",
                        "Export your contacts as a vCard (.vcf) file from your phone or mail app, or Google "
                                + "Contacts as CSV, and choose it here. Duplicates are merged, never doubled.",
                        "Import a file\u2026", "welcome-phone", choices::importPhoneContacts),
                option(Feather.DOWNLOAD_CLOUD, "Import your Facebook, Instagram or LinkedIn download",
                        "Who you are connected with, who asked whom, and when you wrote or met, from the platforms\u2019 "
                                + "own copies of your data:\n"
                                + "Facebook: Settings \u2192 Your information \u2192 Download your information; choose "
                                + "\u201cFriends and followers\u201d and the format JSON.\n"
                                + "Instagram: Accounts Center \u2192 Your information and permissions \u2192 Download "
                                + "your information; choose \u201cFollowers and following\u201d and JSON.\n"
                                + "LinkedIn: Get a copy of your data \u2192 Messages (messages.csv).\n"
                                + "Calendars: export an .ics file from Google, Outlook or Apple Calendar.\n"
                                + "Choose the zips, the unzipped folders or the files here; nothing leaves this computer.",
                        "Import downloads\u2026", "welcome-downloads", choices::importPlatformDownloads),
                option(Feather.COMPASS, "Explore with sample data",
                        "A small made-up address book that shows every verdict and every kind of follow-up. "
                                + "Remove it in one click from the home page when you are ready.",
                        "Load sample data", "welcome-sample", choices::exploreSampleData),
                option(Feather.FILE_PLUS, "Start empty",
                        "Add people as you meet them: Ctrl+N for a new contact, Ctrl+I to log a coffee or a call.",
                        "Start empty", "welcome-empty", choices::startEmpty));
        for (int i = 0; i < cards.size(); i++) {
            GridPane.setFillHeight(cards.get(i), true);
            options.add(cards.get(i), i % 2, i / 2);
        }

        VBox page = new VBox(16, title, lead, options);
        page.setPadding(new Insets(32, 32, 24, 32));
        page.setMaxWidth(860);
        setContent(page);
    }

    private static Node option(Ikon icon, String title, String text, String action, String id, Runnable choose) {
        FontIcon graphic = FontIcon.of(icon, 28);
        graphic.getStyleClass().add("welcome-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_SMALL);
        body.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(body, Priority.ALWAYS);
        Button button = new Button(action);
        button.setId(id);
        button.setOnAction(event -> choose.run());
        HBox top = new HBox(12, graphic, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, top, body, button);
        card.setMaxHeight(Double.MAX_VALUE);
        card.getStyleClass().add("welcome-option");
        card.setPadding(new Insets(16));
        return card;
    }
}
