package app.rapport.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.RapportFixture;
import app.rapport.ui.RecordingNavigator;
import app.rapport.ui.Screenshots;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

/**
 * The window keeps one contact page and shows each contact in it: what the page shows of a contact is what a page
 * built for that contact alone shows, whoever was on it before and whatever the user did there, and opening
 * contact after contact does not add nodes to the window.
 */
@ExtendWith(ApplicationExtension.class)
class ContactPageReuseTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void theNextContactShowsOnlyItsOwnDetails(FxRobot robot) {
        Contact ada = richContact();
        Contact bob = app.add("Bob Stone", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        Contact cleo = app.add("Cleo Park", "Contoso", "Designer", Category.PROFESSIONAL,
                Relationship.NETWORKING_CONTACT, List.of(), "Met at the design meetup.");

        robot.interact(() -> {
            open(ada);
            robot.lookup("#timeline-older").queryButton().fire();
            robot.lookup("#about-notes-more").queryAs(Hyperlink.class).fire();
            robot.lookup("#ledger-day-linkedin").queryAs(DatePicker.class).setValue(RapportFixture.TODAY.minusDays(40));
            robot.lookup("#card-facebook").query().getStyleClass().add("focused-card");
        });
        assertThat(String.join("\n", shown(robot))).contains("Ada Lovelace", "ada-on-linkedin", "Call 12",
                "ada@example.com", "Line four", "Send Ada the paper", "date=" + RapportFixture.TODAY.minusDays(40));

        for (Contact next : List.of(bob, cleo, ada, bob)) {
            robot.interact(() -> open(next));
            List<String> reused = shown(robot);
            assertThat(reused).as("%s after another contact", next.displayName()).isEqualTo(builtFor(next));
        }
        assertThat(shown(robot)).noneMatch(line -> line.contains("Ada") || line.contains("ada-on"));
        Screenshots.write(app.stage.getScene(), "contact-page-after-another");
    }

    @Test
    void aHandleBeingTypedIsSavedForTheContactItWasTypedFor(FxRobot robot) {
        Contact ada = richContact();
        Contact bob = app.add("Bob Stone", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        robot.interact(() -> {
            open(ada);
            TextField handle = robot.lookup("#handle-x").queryAs(TextField.class);
            handle.requestFocus();
            handle.replaceText(0, handle.getLength(), "ada-typed");
            open(bob);
        });

        assertThat(app.store.transact(tx -> tx.links().find(ada.id(), "x")).orElseThrow().handle())
                .isEqualTo("ada-typed");
        Optional<Link> bobs = app.store.transact(tx -> tx.links().find(bob.id(), "x"));
        assertThat(bobs).isEmpty();
        TextField handle = robot.lookup("#handle-x").queryAs(TextField.class);
        assertThat(handle.getText()).isEmpty();
        assertThat(handle.isUndoable()).as("Ctrl+Z cannot bring Ada's handle into Bob's card").isFalse();
    }

    @Test
    void openingContactAfterContactAddsNoNodes(FxRobot robot) {
        Contact ada = richContact();
        Contact bob = app.add("Bob Stone", "", "", Category.PERSONAL, Relationship.FRIEND, List.of(), "");
        int[][] afterSecond = new int[2][];
        Node[] card = new Node[1];
        for (int open = 1; open <= 20; open++) {
            int[] counted = new int[2];
            robot.interact(() -> {
                open(bob);
                open(ada);
                counted[0] = nodes(app.stage.getScene().getRoot());
                robot.lookup("#contact-back").queryButton().fire();
                counted[1] = nodes(app.stage.getScene().getRoot());
            });
            if (open == 2) {
                afterSecond[0] = counted;
                card[0] = robot.lookup("#card-linkedin").query();
            }
            if (open == 20) {
                assertThat(counted).as("nodes on Ada's page, and on the page Back leads to").isEqualTo(afterSecond[0]);
            }
        }
        Node now = robot.lookup("#card-linkedin").query();
        assertThat(now).as("the same card, shown anew").isSameAs(card[0]);
    }

    /** Opens the contact's page as a click does, and styles it as the next pulse would: its controls get their insides. */
    private void open(Contact contact) {
        app.window.openContact(contact.id(), null);
        app.stage.getScene().getRoot().applyCss();
    }

    /** Someone with something in every part of the page, and on most platforms a link with a handle. */
    private Contact richContact() {
        Contact ada = app.services.contacts().save(Contact.builder().displayName("Ada Lovelace")
                .organization("Analytical Engines").role("Engineer").category(Category.BOTH)
                .relationship(Relationship.CLIENT).emails(List.of("ada@example.com")).phones(List.of("+44 20 1234"))
                .notes("Ada's notes, line one.\nLine two.\nLine three.\nLine four, folded away.")
                .howWeMet("Babbage's salon").metOn(RapportFixture.TODAY.minusYears(2))
                .birthday(new YearlyDate(MonthDay.of(12, 10), 1815))
                .importantDates(List.of(new ImportantDate("Ada's day", new YearlyDate(MonthDay.of(10, 13), null))))
                .vouchForThem("Ada writes the clearest notes").addedOn(RapportFixture.TODAY.minusYears(3)).build());
        app.services.links().changeState(ada.id(), "linkedin", LinkState.CONNECTED);
        app.services.links().setHandle(ada.id(), "linkedin", "ada-on-linkedin");
        app.services.links().changeState(ada.id(), "facebook", LinkState.REQUEST_SENT);
        for (int i = 1; i <= 12; i++) {
            app.services.interactions().log(new Interaction(null, ada.id(), RapportFixture.TODAY.minusDays(i),
                    InteractionKind.PHONE_CALL, "Call " + i));
        }
        app.services.followUps().createManual(ada.id(), null, "Send Ada the paper", "The one on engines",
                RapportFixture.TODAY.plusDays(3));
        return ada;
    }

    /** What a page built for this contact alone shows. */
    private List<String> builtFor(Contact contact) {
        ContactPageView fresh = new ContactPageView(new ContactPageViewModel(app.services, TaskRunner.sameThread(),
                ChangeSignal.sameThread(app.services.changes())), new RecordingNavigator(), new ScriptedDialogs());
        fresh.show(contact.id());
        return described(((ScrollPane) fresh.getCenter()).getContent());
    }

    private static List<String> shown(FxRobot robot) {
        return described(robot.lookup(".contact-page .scroll-pane").queryAs(ScrollPane.class).getContent());
    }

    /**
     * Every node the user can see, one line each: its kind, id, style classes, place in a grid, text, prompt,
     * date, tooltip and whether it is disabled. The controls' insides (their skins) are left out: a page that
     * was never on screen has none yet.
     */
    private static List<String> described(Node root) {
        List<String> lines = new ArrayList<>();
        describe(root, "", lines);
        return lines;
    }

    private static void describe(Node node, String indent, List<String> lines) {
        if (!node.isVisible()) {
            return;
        }
        StringBuilder line = new StringBuilder(indent).append(node.getClass().getSimpleName()).append(" #")
                .append(node.getId()).append(' ').append(node.getStyleClass()).append(" managed=")
                .append(node.isManaged()).append(" grid=").append(GridPane.getRowIndex(node)).append(',')
                .append(GridPane.getColumnIndex(node));
        switch (node) {
            case Labeled labeled -> line.append(" text=").append(labeled.getText());
            case TextInputControl input -> line.append(" text=").append(input.getText()).append(" prompt=")
                    .append(input.getPromptText());
            case DatePicker picker -> line.append(" date=").append(picker.getValue());
            default -> { }
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            line.append(" tooltip=").append(control.getTooltip().getText());
        }
        if (node instanceof Button || node instanceof TextInputControl || node instanceof DatePicker) {
            line.append(" disabled=").append(node.isDisabled()).append(" accessible=")
                    .append(node.getAccessibleText());
        }
        lines.add(line.toString());
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                describe(child, indent + "  ", lines);
            }
        }
    }

    private static int nodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }
}
