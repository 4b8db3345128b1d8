package app.rapport.ui.guide;

import java.util.List;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import app.rapport.domain.Article;
import app.rapport.ui.Controls;
import app.rapport.ui.ShellPage;

/**
 * The Guide: the advice of the five articles behind Rapport's rules, told in Rapport's own words, one section per
 * article with the verdicts that follow from it. A "why?" on a verdict opens it at its article's section.
 */
public final class GuideView extends BorderPane implements ShellPage {

    /** One article's section: its advice in a few sentences, and where Rapport acts on it. */
    private record Section(Article article, List<String> advice, String inRapport) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(Article.COLLIDING_WORLDS, List.of(
                    "Connecting with someone on a social platform is a trade: you see into their life, and they "
                            + "see into yours. Privacy settings rarely change that, because few people keep them up.",
                    "The awkward requests are the ones from people who hold power over your work: a boss, a new "
                            + "client, someone who interviewed you. Declining can offend, so think before it comes to that.",
                    "Time spent together is what makes a relationship, not likes: give it a few weeks of real "
                            + "contact before you open your personal life to someone."),
                    "Keep apart for a boss, a client or an interviewer on a personal platform; Get to know them "
                            + "first until enough time and meetings have passed; the Collisions page lists the "
                            + "professional contacts who can already see your personal posts."),
            new Section(Article.DRAWING_THE_LINE, List.of(
                    "Decide once how you use each channel, and stick to it: either your personal channels are for "
                            + "friends and family only, or you blend work and life on purpose.",
                    "Whatever you decide, what you post stays: employers look at it.",
                    "When you keep them separate and a client asks to connect on a personal channel, answer soon, "
                            + "in person or by phone rather than in writing: briefly, simply, honestly and kindly, and "
                            + "offer the professional channel instead."),
                    "Redirect to another platform, the reply follow-up due within your reply window, and the "
                            + "Separate or Blend choice in Settings."),
            new Section(Article.PERSONAL_OR_BUSINESS, List.of(
                    "Sort each new connection into your personal world, your business world, or both. One question "
                            + "helps: would you invite them to a barbecue, or meet them for a business lunch?",
                    "Friends and family belong to the personal side, and may still follow your business pages if "
                            + "they want to support you.",
                    "After meeting someone at a networking event, invite them to connect where it fits while the "
                            + "meeting is still fresh."),
                    "Decide the category (the Sort page asks the barbecue question), Redirect, and the "
                            + "invitation follow-up after you meet someone."),
            new Section(Article.A_PERSONAL_NOTE, List.of(
                    "A request that only says the default greeting tells the other person nothing. Say where you "
                            + "met and why you want to stay in touch.",
                    "Some people connect with anyone and see every connection as a start: that is a valid style, "
                            + "as long as the request carries a real note.",
                    "Before connecting with someone you do not know, a coffee or a phone call is the way to learn "
                            + "about their work."),
                    "The suggested notes you can copy from a card, the coffee invitation while you have not met "
                            + "yet, and the Open networker style in Settings."),
            new Section(Article.LINKEDIN_IS_NOT_TWITTER, List.of(
                    "A platform to follow people you would like to meet is not the same as a professional network. "
                            + "LinkedIn is for staying connected with people you have met or worked with.",
                    "Connect there only if you could speak well of their work if someone asked you; that is why "
                            + "Rapport asks what you would say about them.",
                    "Recruiters are the exception while you are looking for a job."),
                    "Get to know them first on LinkedIn until you have met or worked together and written down "
                            + "what you would say about their work; Ready once you have; the job-seeking switch "
                            + "in Settings."));

    private final VBox body = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(body);

    public GuideView() {
        getStyleClass().add("guide-page");
        setId("guide");
        // The parts' own padding makes up the left edge: room for the frame of the section with the keyboard.
        setPadding(new Insets(16, 24, 16, 12));
        Label title = new Label("Guide");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = Controls.wrapping(new Label("Rapport's advice comes from five short articles about people "
                + "who keep their personal and professional lives apart online. Here is what each says, in short, "
                + "and where Rapport acts on it."));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox header = new VBox(4, title, intro);
        header.getStyleClass().add("guide-part");
        body.getChildren().add(header);
        for (Section section : SECTIONS) {
            body.getChildren().add(section(section));
        }
        body.setPadding(new Insets(0, 12, 12, 0));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
    }

    @Override
    public Node view() {
        return this;
    }

    /** Scrolls to the section of this article (an {@link Article} name), its heading at the top. */
    public void showSection(String section) {
        Node node = body.lookup("#guide-" + section.toLowerCase());
        if (node == null) {
            return;
        }
        applyCss();
        layout();
        double range = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(range > 0 ? Math.clamp(node.getBoundsInParent().getMinY() / range, 0, 1) : 0);
        node.requestFocus();
    }

    private static Node section(Section section) {
        Label heading = Controls.wrapping(new Label(section.article().title()));
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(6, heading);
        for (String advice : section.advice()) {
            box.getChildren().add(Controls.wrapping(new Label(advice)));
        }
        Label inRapport = Controls.wrapping(new Label("In Rapport: " + section.inRapport()));
        inRapport.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().add(inRapport);
        box.setId("guide-" + section.article().name().toLowerCase());
        box.getStyleClass().addAll("guide-part", "guide-section");
        box.setFocusTraversable(true);
        box.setAccessibleText(section.article().title());
        return box;
    }
}
