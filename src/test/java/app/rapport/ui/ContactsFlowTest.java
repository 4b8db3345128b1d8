package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;
import app.rapport.ui.contacts.ContactRow;

/** The contacts page driven like a user would: keyboard shortcuts, the form, search, archive and undo. */
@ExtendWith(ApplicationExtension.class)
class ContactsFlowTest {

    @RegisterExtension
    final RapportFixture app = RapportFixture.window();

    @Test
    void createsAContactThroughTheFormOpenedWithCtrlN(FxRobot robot) {
        reload(robot);
        Screenshots.write(robot.window(0).getScene(), "contacts-empty");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        robot.clickOn("#contact-name").write("Ada Lovelace");
        robot.clickOn("#contact-organization").write("Analytical Engines");
        robot.clickOn("#category-professional");
        robot.clickOn("#contact-emails").write("ada@example.com");
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        robot.write("conference-2026, math");
        Screenshots.write(formWindow(robot).getScene(), "contact-form");
        robot.clickOn("Save");

        assertThat(robot.listWindows()).hasSize(1);
        assertThat(names(robot)).containsExactly("Ada Lovelace");
        assertThat(selectedName(robot)).isEqualTo("Ada Lovelace");
        ContactSummary stored = app.contacts.summaries().getFirst();
        assertThat(stored.organization()).isEqualTo("Analytical Engines");
        assertThat(stored.category()).isEqualTo(Category.PROFESSIONAL);
        assertThat(stored.tags()).containsExactly("conference-2026", "math");
        assertThat(app.contacts.get(stored.id()).emails()).containsExactly("ada@example.com");
        assertThat(robot.lookup("#contact-count").queryLabeled().getText()).isEqualTo("1 contact");
    }

    @Test
    void itsShortcutPutsTheFocusInTheSearchWhereTypingFindsSomeoneAndDownGoesIntoTheTable(FxRobot robot) {
        app.add("Ada Lovelace", "ACME", "Engineer", Category.PROFESSIONAL, Relationship.CLIENT, List.of(), "");
        app.add("Grace Hopper", "Navy", "Admiral", Category.PROFESSIONAL, Relationship.CLIENT, List.of(), "");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        robot.clickOn("#verdict-filter").type(KeyCode.ESCAPE);

        reload(robot);

        assertThat(robot.window(0).getScene().getFocusOwner().getId()).isEqualTo("contact-search");
        robot.write("grace").type(KeyCode.DOWN);
        assertThat(selectedName(robot)).isEqualTo("Grace Hopper");

        robot.clickOn("#nav-home").clickOn("#nav-contacts");
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).as("a click in the sidebar keeps it there")
                .isEqualTo("nav-contacts");
    }

    @Test
    void tabbingIntoTheTableFramesTheRowTheKeyboardIsOn(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        TableView<ContactRow> table = table(robot);
        while (app.stage.getScene().getFocusOwner() != table) {
            robot.type(KeyCode.TAB);
        }

        assertThat(table.getSelectionModel().getSelectedItems()).as("Tab chooses nothing").isEmpty();
        TableRow<?> first = robot.lookup("#contacts-table .table-row-cell").match((TableRow<?> row) ->
                row.getIndex() == 0).query();
        assertThat(first.getBackground().getFills()).as("framed").hasSize(2)
                .last().extracting(fill -> fill.getInsets().getTop()).isEqualTo(2.0);
        Screenshots.write(app.stage.getScene(), "contacts-tabbed-in");
        robot.type(KeyCode.DOWN);
        assertThat(selectedName(robot)).isEqualTo(table.getItems().get(1).summary().displayName());
    }

    @Test
    void enterOpensTheContactWithTheFocusOnBackAndEscGivesItBackToTheRow(FxRobot robot) {
        app.add("Ada Lovelace", "ACME", "Engineer", Category.PROFESSIONAL, Relationship.CLIENT, List.of(), "");
        app.add("Grace Hopper", "Navy", "Admiral", Category.PROFESSIONAL, Relationship.CLIENT, List.of(), "");
        reload(robot);

        robot.clickOn("Grace Hopper").type(KeyCode.ENTER);
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).as("not left behind with the table")
                .isEqualTo("contact-back");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.window(0).getScene().getFocusOwner().getId()).isEqualTo("contacts-table");
        assertThat(selectedName(robot)).isEqualTo("Grace Hopper");
    }

    @Test
    void theFormOpensWithTheKeyboardInTheName(FxRobot robot) {
        reload(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        // Not Save, the dialog's default button, which its button bar focuses as it lays its buttons out: typing
        // a name with a space in it pressed Save (seen in a real window).
        assertThat(formWindow(robot).getScene().getFocusOwner().getId()).isEqualTo("contact-name");
    }

    @Test
    void theFormRefusesAMissingNameAndABadEmailAndSaysWhy(FxRobot robot) {
        reload(robot);
        robot.clickOn("#new-contact");
        robot.clickOn("#contact-emails").write("ada.example.com");
        robot.clickOn("Save");

        assertThat(robot.listWindows()).hasSize(2);
        Label nameError = robot.lookup("#error-displayName").queryAs(Label.class);
        assertThat(nameError.isVisible()).isTrue();
        assertThat(nameError.getText()).isEqualTo("A name is required.");
        assertThat(robot.lookup("#error-emails").queryLabeled().getText())
                .contains("\"ada.example.com\" is not an email address");
        Screenshots.write(formWindow(robot).getScene(), "contact-form-errors");

        robot.clickOn("#contact-name").write("Ada Lovelace");
        assertThat(nameError.isVisible()).as("a name typed: its message is out of date").isFalse();
        assertThat(robot.lookup("#error-emails").queryLabeled().isVisible()).as("the email is still wrong").isTrue();
        robot.doubleClickOn("#contact-emails").eraseText(20).write("ada@example.com");
        robot.clickOn("Save");
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(names(robot)).containsExactly("Ada Lovelace");
    }

    @Test
    void aBadEmailFarDownTheFormGetsTheFocusAndComesIntoView(FxRobot robot) {
        reload(robot);
        robot.clickOn("#new-contact");
        robot.clickOn("#contact-name").write("Ada Lovelace");
        robot.clickOn("#contact-emails").write("ada.example.com");
        robot.interact(() -> formWindow(robot).getScene().lookup("#contact-name").requestFocus());
        robot.clickOn("Save");

        javafx.scene.Node emails = robot.lookup("#contact-emails").query();
        assertThat(emails.isFocused()).as("the field whose value was refused has the focus").isTrue();
        Label error = robot.lookup("#error-emails").queryAs(Label.class);
        javafx.geometry.Bounds shown = error.localToScreen(error.getBoundsInLocal());
        javafx.stage.Window form = formWindow(robot);
        assertThat(shown.getMinY()).as("its message is inside the form's window")
                .isBetween(form.getY(), form.getY() + form.getHeight());
    }

    @Test
    void editingChangesTheRowAndCancelChangesNothing(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        robot.clickOn("Grace Hopper").clickOn("#edit-contact");
        robot.doubleClickOn("#contact-organization").eraseText(20).write("Yale");
        robot.clickOn("Cancel");
        assertThat(app.contacts.summaries()).filteredOn(s -> s.displayName().equals("Grace Hopper"))
                .singleElement().extracting(ContactSummary::organization).isEqualTo("US Navy");

        robot.clickOn("#edit-contact");
        robot.doubleClickOn("#contact-organization").eraseText(20).write("Yale");
        robot.clickOn("Save");
        assertThat(app.contacts.summaries()).filteredOn(s -> s.displayName().equals("Grace Hopper"))
                .singleElement().extracting(ContactSummary::organization).isEqualTo("Yale");
        assertThat(table(robot).getItems()).filteredOn(row -> row.summary().displayName().equals("Grace Hopper"))
                .singleElement().extracting(row -> row.summary().organization()).isEqualTo("Yale");
    }

    @Test
    void theSelectedRowStaysSelectedWhenItsContactChanges(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        robot.clickOn("Grace Hopper");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        robot.clickOn("Save");

        assertThat(table(robot).getItems()).filteredOn(row -> row.summary().displayName().equals("Grace Hopper"))
                .singleElement().extracting(row -> row.summary().lastInteraction()).isEqualTo(RapportFixture.TODAY);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).as("Ctrl+I again is for her")
                .extracting(row -> row.summary().displayName()).containsExactly("Grace Hopper");

        robot.clickOn("#edit-contact");
        robot.doubleClickOn("#contact-organization").eraseText(20).write("Yale");
        robot.clickOn("Save");
        assertThat(table(robot).getSelectionModel().getSelectedItems())
                .extracting(row -> row.summary().displayName()).containsExactly("Grace Hopper");
    }

    @Test
    void searchAsYouTypeFindsByNameOrganizationTagAndNotes(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        assertThat(names(robot)).hasSize(10);
        Screenshots.write(robot.window(0).getScene(), "contacts");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("acme");
        assertThat(names(robot)).containsExactly("Jos\u00e9 P\u00e9rez");
        robot.eraseText(4).write("conference-2026");
        assertThat(names(robot)).containsExactlyInAnyOrder("Ada Lovelace", "Margaret Hamilton");
        robot.eraseText(15).write("marathon");
        assertThat(names(robot)).containsExactly("Alan Turing");
        robot.eraseText(8).write("jose");
        assertThat(names(robot)).containsExactly("Jos\u00e9 P\u00e9rez");
        robot.eraseText(4).write("nobody-like-this");
        assertThat(names(robot)).isEmpty();
        assertThat(((Label) table(robot).getPlaceholder()).getText()).isEqualTo("No contact matches \u201cnobody-like-this\u201d.");
        Screenshots.write(robot.window(0).getScene(), "contacts-no-match");
        robot.type(KeyCode.ESCAPE);
        assertThat(names(robot)).hasSize(10);
    }

    @Test
    void filtersByCategoryAndRelationship(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        choose(robot, "#category-filter", "Personal");
        assertThat(names(robot)).containsExactlyInAnyOrder("Sam Okafor", "Lena M\u00fcller");
        choose(robot, "#relationship-filter", "Family");
        assertThat(names(robot)).containsExactly("Lena M\u00fcller");
        assertThat(robot.lookup("#contact-count").queryLabeled().getText()).isEqualTo("1 of 10 contacts");
    }

    @Test
    void byNameTheRowsShowInNameOrderAndAHeaderClickTurnsThemRound(FxRobot robot) {
        app.addSampleContacts();
        app.add("\u00c9milie Bront\u00eb", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        reload(robot);
        List<String> byName = new ArrayList<>(app.contacts.summaries().stream().map(s -> s.displayName()).toList());
        byName.sort(Names.order());
        assertThat(names(robot)).as("as they come, in name order").isEqualTo(byName);

        TableView<ContactRow> table = table(robot);
        robot.interact(() -> table.getColumns().getFirst().setSortType(TableColumn.SortType.DESCENDING));
        assertThat(names(robot)).as("descending").isEqualTo(byName.reversed());
        robot.interact(() -> table.getSortOrder().setAll(List.of(table.getColumns().getLast())));
        assertThat(names(robot)).isNotEqualTo(byName);
        robot.interact(() -> {
            table.getColumns().getFirst().setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(table.getColumns().getFirst()));
        });
        assertThat(names(robot)).as("back to name order").isEqualTo(byName);

        app.contacts.save(app.contacts.get(app.contacts.summaries().stream()
                .filter(s -> s.displayName().equals("Ada Lovelace")).findFirst().orElseThrow().id()).toBuilder()
                .displayName("Zelda Lovelace").build());
        reload(robot);
        assertThat(names(robot)).as("a renamed contact moves to its place").last().isEqualTo("Zelda Lovelace");
    }

    @Test
    void deleteArchivesAndUndoBringsTheContactBack(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        robot.clickOn("Alan Turing").type(KeyCode.DELETE);

        assertThat(names(robot)).hasSize(9).doesNotContain("Alan Turing");
        assertThat(selectedName(robot)).as("the next row takes the archived one's place").isEqualTo("Grace Hopper");
        assertThat(table(robot).getSelectionModel().getSelectedItems()).as("and only it: Delete again archives one")
                .extracting(row -> row.summary().displayName()).containsExactly("Grace Hopper");
        assertThat(robot.lookup("#undo-message").queryLabeled().getText()).isEqualTo("Archived Alan Turing.");
        assertThat(archived()).containsExactly("Alan Turing");
        Screenshots.write(robot.window(0).getScene(), "contacts-archived-undo");

        robot.clickOn("#undo-archive");
        assertThat(names(robot)).hasSize(10).contains("Alan Turing");
        assertThat(archived()).isEmpty();
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isFalse();
    }

    @Test
    void ctrlZUndoesAnArchiveAndTheArchivedFilterRestores(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        robot.clickOn("Grace Hopper").clickOn("#archive-contact");
        assertThat(archived()).containsExactly("Grace Hopper");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(archived()).isEmpty();

        robot.clickOn("Grace Hopper").type(KeyCode.DELETE);
        robot.clickOn("#dismiss-undo");
        robot.clickOn("#show-archived");
        assertThat(names(robot)).containsExactly("Grace Hopper");
        assertThat(robot.lookup("#contact-count").queryLabeled().getText()).isEqualTo("1 archived contact");
        Screenshots.write(robot.window(0).getScene(), "contacts-archive-view");
        robot.clickOn("Grace Hopper").clickOn("#restore-contact");
        assertThat(names(robot)).isEmpty();
        assertThat(archived()).isEmpty();
        robot.clickOn("#show-archived");
        assertThat(names(robot)).hasSize(10);
    }

    @Test
    void ctrlZInTheSearchTakesBackTheTypingFirstAndThenTheArchive(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        robot.clickOn("Grace Hopper").type(KeyCode.DELETE);
        robot.clickOn("#contact-search").write("ada");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(robot.lookup("#contact-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(archived()).as("the typing came first").containsExactly("Grace Hopper");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(archived()).as("with no typing left to take back, the page's undo").isEmpty();
        assertThat(selectedName(robot)).as("the contact back, chosen in the table").isEqualTo("Grace Hopper");
    }

    @Test
    void aStoreFailureIsShownPlainlyAndTheRowStays(FxRobot robot) {
        app.addSampleContacts();
        reload(robot);
        app.store.close();
        robot.clickOn("Alan Turing").type(KeyCode.DELETE);

        assertThat(robot.lookup("#contacts-problem").query().isVisible()).isTrue();
        assertThat(((atlantafx.base.controls.Message) robot.lookup("#contacts-problem").query()).getDescription())
                .endsWith("Nothing was changed.");
        assertThat(names(robot)).contains("Alan Turing");
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isFalse();
        Screenshots.write(robot.window(0).getScene(), "contacts-store-problem");
    }

    @Test
    void columnsFillTheTableWhileTheyFitAndScrollSidewaysOnceTheyDoNot(FxRobot robot) {
        app.add("Ada Lovelace", "ACME", "Engineer", Category.PROFESSIONAL, Relationship.CLIENT, List.of("golf"), "");
        robot.interact(() -> app.stage.setWidth(1500));
        reload(robot);
        TableView<ContactRow> table = table(robot);
        assertThat(table.getColumnResizePolicy()).as("room for every column: they fill the table")
                .isSameAs(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        app.add("Bartholomew Fitzgerald-Montgomery", "International Business Machines Corporation",
                "Principal Distinguished Engineer", Category.PROFESSIONAL, Relationship.NETWORKING_CONTACT,
                List.of("conference-2026", "open-source", "mentor", "investor", "neighbour"), "");
        reload(robot);

        assertThat(table.getColumnResizePolicy()).as("wider than the table: it scrolls")
                .isSameAs(TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertThat(robot.lookup("#contacts-table .scroll-bar:horizontal").queryAll())
                .as("Quiet for is reached by scrolling").anyMatch(bar -> ((Node) bar).isVisible());
        Screenshots.write(robot.window(0).getScene(), "contacts-scroll-sideways");
    }

    @Test
    void quietForShowsTheKeepInTouchMarkInWordsAndSorts(FxRobot robot) {
        Contact sam = app.contacts.save(withCadence(app.add("Sam Okafor", "", "", Category.PERSONAL,
                Relationship.FRIEND, List.of(), ""), 2));
        Contact lena = app.contacts.save(withCadence(app.add("Lena M\u00fcller", "", "", Category.PERSONAL,
                Relationship.FAMILY, List.of(), ""), 3));
        app.contacts.save(app.add("Priya Raman", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "")
                .toBuilder().metOn(RapportFixture.TODAY.minusDays(53)).build());
        app.add("Tim Berners-Lee", "", "", Category.UNDECIDED, Relationship.OTHER, List.of(), "");
        app.services.interactions().log(new Interaction(null, sam.id(), RapportFixture.TODAY.minusDays(30),
                InteractionKind.COFFEE_OR_MEAL, ""));
        app.services.interactions().log(new Interaction(null, lena.id(), RapportFixture.TODAY.minusDays(25),
                InteractionKind.PHONE_CALL, ""));
        app.services.interactions().log(new Interaction(null, lena.id(), RapportFixture.TODAY.minusDays(2),
                InteractionKind.SOCIAL_MEDIA, "liked a photo"));
        reload(robot);

        assertThat(robot.lookup("30 days \u00b7 long overdue").tryQuery()).isPresent();
        assertThat(robot.lookup("25 days \u00b7 catch up").tryQuery()).as("likes do not count as talking").isPresent();
        assertThat(robot.lookup("53 days since met").tryQuery()).as("nothing logged: since they met")
                .isPresent();
        assertThat(robot.lookup("0 days since added").tryQuery()).as("nothing logged, no day met")
                .isPresent();
        TableView<ContactRow> shown = table(robot);
        // Scrolled to, as a user does at the default window size, where the columns are wider than the table.
        robot.interact(() -> shown.scrollToColumn(shown.getColumns().getLast()));
        Labeled sinceMet = robot.lookup("53 days since met").queryLabeled();
        robot.moveTo(sinceMet);
        robot.interact(() -> {
            Bounds cell = sinceMet.localToScreen(sinceMet.getBoundsInLocal());
            sinceMet.getTooltip().show(sinceMet, cell.getMinX(), cell.getMaxY());
        });
        assertThat(sinceMet.getTooltip().getText()).as("worded as it shows")
                .isEqualTo("53 days since you met, on " + DateFields.display(Locale.getDefault(Locale.Category.FORMAT))
                        .format(RapportFixture.TODAY.minusDays(53)) + " (nothing logged since).");
        robot.interact(() -> sinceMet.getTooltip().hide());
        // JavaFX sorts on a header click; what is ours is the column's value and comparator.
        robot.interact(() -> shown.getSortOrder().setAll(List.of(shown.getColumns().getLast())));
        assertThat(names(robot)).containsExactly("Tim Berners-Lee", "Lena M\u00fcller", "Sam Okafor", "Priya Raman");
        Screenshots.write(robot.window(0).getScene(), "contacts-keep-in-touch");

        robot.interact(() -> shown.scrollToColumn(shown.getColumns().getFirst()));
        robot.clickOn("Priya Raman").type(KeyCode.ENTER);
        assertThat(robot.lookup("#contact-quiet-for").queryLabeled().getText())
                .as("the contact's page counts the same way and says so")
                .startsWith("Quiet for 53 days since you met, on ").endsWith("(nothing logged since).");
        Screenshots.write(robot.window(0).getScene(), "contact-page-quiet-for");
    }

    @Test
    void twoSelectedContactsMergeIntoTheOneTheUserKeeps(FxRobot robot) {
        app.addSampleContacts();
        Contact duplicate = app.add("Ada King", "", "", Category.UNDECIDED, Relationship.OTHER, List.of("countess"),
                "");
        reload(robot);
        robot.clickOn("Ada King").press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(2);
        robot.clickOn("#merge-contacts");
        Screenshots.write(robot.lookup(".dialog-pane").query().getScene(), "merge-dialog");
        robot.clickOn("Keep \u201cAda Lovelace\u201d");

        assertThat(names(robot)).hasSize(10).contains("Ada Lovelace").doesNotContain("Ada King");
        assertThat(app.contacts.summaries()).noneMatch(s -> s.id() == duplicate.id());
        assertThat(app.contacts.summaries()).filteredOn(s -> s.displayName().equals("Ada Lovelace")).singleElement()
                .satisfies(ada -> assertThat(ada.tags()).contains("conference-2026", "countess"));
    }

    private static Contact withCadence(Contact c, int weeks) {
        return c.toBuilder().keepInTouchWeeks(weeks).build();
    }

    private List<String> archived() {
        return app.contacts.summaries().stream().filter(ContactSummary::archived).map(ContactSummary::displayName).toList();
    }

    /** Data added behind the window's back shows when the user comes back to the contacts page (Ctrl+2). */
    private static void reload(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ContactRow> table(FxRobot robot) {
        return robot.lookup("#contacts-table").queryAs(TableView.class);
    }

    private static List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(row -> row.summary().displayName()).toList();
    }

    private static String selectedName(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItem().summary().displayName();
    }

    private static Window formWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(window -> window.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow();
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryAs(Node.class));
    }
}
