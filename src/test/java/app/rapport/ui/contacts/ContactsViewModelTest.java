package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.FxStarted;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/** What the contacts page decides, without a window: its words, its questions, and where the selection goes. */
class ContactsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void toolkit() {
        // An export's watch shows its progress on the FX thread.
        FxStarted.ensure();
    }
    ContactsViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model = new ContactsViewModel(services, TaskRunner.sameThread(), dialogs,
                ChangeSignal.sameThread(services.changes()));
        model.shown();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Contact add(String name) {
        return services.contacts().save(Contact.named(name, TODAY));
    }

    List<String> names() {
        return model.visibleRows().stream().map(row -> row.summary().displayName()).toList();
    }

    ContactRow row(String name) {
        return model.visibleRows().stream().filter(row -> row.summary().displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void typingFurtherShowsWhatTheWholeSearchShowsAndDeletingWidensAgain() {
        for (String name : List.of("Ada Lovelace", "Adam Smith", "Grace Hopper", "Adele Adkins", "Madame Curie")) {
            add(name);
        }
        for (String typed : List.of("a", "ad", "ada", "adam")) {
            model.filter().searchTextProperty().set(typed);
            assertThat(names()).as(typed).isEqualTo(freshSearch(typed));
        }
        assertThat(names()).containsExactly("Adam Smith", "Madame Curie");

        model.filter().searchTextProperty().set("ada");
        assertThat(names()).containsExactly("Ada Lovelace", "Adam Smith", "Madame Curie");
    }

    @Test
    void aContactChangedWhileTheSearchNarrowsIsTestedWhole() {
        add("Ada Lovelace");
        Contact grace = add("Grace Hopper");
        model.filter().searchTextProperty().set("ad");
        model.filter().searchTextProperty().set("ada");
        assertThat(names()).containsExactly("Ada Lovelace");

        services.contacts().save(Contact.builder().id(grace.id()).displayName("Adaline Hopper").addedOn(TODAY).build());
        model.filter().searchTextProperty().set("adal");

        assertThat(names()).containsExactly("Adaline Hopper");
    }

    @Test
    void anotherChoiceBetweenTwoKeystrokesIsNotNarrowedBy() {
        add("Ada Lovelace");
        services.contacts().save(Contact.builder().displayName("Adam Smith").category(Category.PERSONAL)
                .addedOn(TODAY).build());
        model.filter().categoryProperty().set(Category.PERSONAL);
        model.filter().searchTextProperty().set("ad");
        assertThat(names()).containsExactly("Adam Smith");

        model.filter().categoryProperty().set(null);
        model.filter().searchTextProperty().set("ada");

        assertThat(names()).containsExactly("Ada Lovelace", "Adam Smith");
    }

    /** The rows a new page shows for {@code query} typed at once. */
    private List<String> freshSearch(String query) {
        ContactsViewModel fresh = new ContactsViewModel(services, TaskRunner.sameThread(), dialogs,
                ChangeSignal.sameThread(services.changes()));
        fresh.shown();
        fresh.filter().searchTextProperty().set(query);
        return fresh.visibleRows().stream().map(row -> row.summary().displayName()).toList();
    }

    @Test
    void anEmptyStoreInvitesTheFirstContact() {
        assertThat(model.emptyText().get()).isEqualTo("No contacts yet. Press Ctrl+N to add the first one.");
    }

    @Test
    void aSearchThatFindsNobodySaysWhatWasSearched() {
        add("Ada Lovelace");
        model.filter().searchTextProperty().set("  grace ");
        assertThat(names()).isEmpty();
        assertThat(model.emptyText().get()).isEqualTo("No contact matches \u201cgrace\u201d.");
        model.filter().searchTextProperty().set("");
        model.filter().categoryProperty().set(Category.PERSONAL);
        assertThat(model.emptyText().get()).isEqualTo("No contact matches these filters.");
    }

    @Test
    void theArchiveIsEmptyUntilSomeoneIsArchived() {
        add("Ada Lovelace");
        model.filter().archivedProperty().set(true);
        assertThat(model.emptyText().get())
                .isEqualTo("No archived contacts. Archived contacts wait here until you restore them.");
    }

    @Test
    void aContactSavedElsewhereAppearsAndAChangeReReadsOnlyItsRow() {
        Contact ada = add("Ada Lovelace");
        add("Grace Hopper");
        assertThat(names()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(model.countTextProperty().get()).isEqualTo("2 contacts");

        services.contacts().save(ada.toBuilder().displayName("Ada King").build());

        assertThat(names()).containsExactlyInAnyOrder("Ada King", "Grace Hopper");
    }

    @Test
    void archivingSaysWhoAndSelectsTheNextRowThenUndoBringsThemBack() {
        add("Ada Lovelace");
        Contact grace = add("Grace Hopper");
        add("Katherine Johnson");

        model.archive(row("Ada Lovelace"));

        assertThat(model.undoMessage().get()).isEqualTo("Archived Ada Lovelace.");
        assertThat(names()).containsExactly("Grace Hopper", "Katherine Johnson");
        assertThat(model.selectionRequestProperty().get()).as("the row below keeps the user's place")
                .isEqualTo(grace.id());

        model.undo();

        assertThat(names()).containsExactly("Ada Lovelace", "Grace Hopper", "Katherine Johnson");
        assertThat(model.undoMessage().get()).isEmpty();
    }

    @Test
    void archivingTheLastRowSelectsTheOneAbove() {
        Contact ada = add("Ada Lovelace");
        add("Grace Hopper");
        model.archive(row("Grace Hopper"));
        assertThat(model.selectionRequestProperty().get()).isEqualTo(ada.id());
    }

    @Test
    void mergeAsksWhichNameStaysAndCancellingChangesNothing() {
        add("Ada Lovelace");
        add("Ada King");
        List<ContactRow> both = List.of(row("Ada King"), row("Ada Lovelace"));

        dialogs.chooses(-1);
        model.merge(both);
        assertThat(dialogs.asked).containsExactly("Merge these two contacts into one?");
        assertThat(names()).hasSize(2);

        dialogs.chooses(1);
        model.merge(both);
        assertThat(names()).containsExactly("Ada Lovelace");
        assertThat(model.undoMessage().get()).isEqualTo("Merged Ada King into Ada Lovelace.");

        model.undo();
        assertThat(names()).containsExactly("Ada King", "Ada Lovelace");
    }

    @Test
    void exportAsksWhereAndSaysWhatWasSaved() {
        add("Ada Lovelace");
        Path file = dir.resolve("everyone.vcf");

        ExportViewModel export = new ExportViewModel(services, TaskRunner.sameThread(), dialogs);
        dialogs.picksFile(null);
        export.export();
        assertThat(file).doesNotExist();

        dialogs.picksFile(file);
        export.export();
        assertThat(file).exists();
        assertThat(dialogs.asked).containsExactly("Export", "Export",
                "Export finished: Saved 1 contact as vCards to " + file + ".");
    }

    @Test
    void aCancelledExportWritesNothingAndSaysSo() throws Exception {
        add("Ada Lovelace");
        Path file = dir.resolve("everyone.rapport.json");
        WorkWatch cancelsAtTheFirstContact = new WorkWatch() {
            @Override
            public void worked(String step, long done, long total) {
                super.worked(step, done, total);
                if (total > 0) {
                    cancel();
                }
            }
        };
        ExportViewModel export = new ExportViewModel(services, TaskRunner.sameThread(), dialogs,
                cancelsAtTheFirstContact);

        dialogs.picksFile(file);
        export.export();

        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();
        assertThat(dialogs.asked).containsExactly("Export",
                "Export cancelled: The export was cancelled. Nothing was written.");
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void aFailedArchiveChangesNothingAndSaysSo() {
        add("Ada Lovelace");
        ContactRow ada = row("Ada Lovelace");
        store.close();

        model.archive(ada);

        assertThat(model.problemProperty().get()).endsWith("Nothing was changed.");
    }

    @Test
    void aChangeToManyAsksWithTheirNumberAndOneUndoTakesItBack() {
        add("Ada Lovelace");
        add("Grace Hopper");
        add("Katherine Johnson");
        List<ContactRow> two = List.of(row("Ada Lovelace"), row("Grace Hopper"));

        dialogs.confirms(false);
        model.editSelected(two, new ContactEdit.SetCategory(Category.PROFESSIONAL, null));
        assertThat(dialogs.asked).containsExactly("Set category to Professional for 2 contacts?");
        assertThat(row("Ada Lovelace").summary().category()).isEqualTo(Category.UNDECIDED);

        dialogs.confirms(true);
        model.editSelected(two, new ContactEdit.SetCategory(Category.PROFESSIONAL, null));
        assertThat(List.of(row("Ada Lovelace"), row("Grace Hopper"), row("Katherine Johnson")))
                .extracting(r -> r.summary().category())
                .containsExactly(Category.PROFESSIONAL, Category.PROFESSIONAL, Category.UNDECIDED);
        assertThat(model.undoMessage().get()).isEqualTo("Set category to Professional: 2 contacts changed.");

        model.undo();
        assertThat(model.visibleRows()).as(model.problemProperty().get()).extracting(r -> r.summary().category())
                .containsOnly(Category.UNDECIDED);
    }

    @Test
    void aTagIsAskedForThenAddedToEverySelectedContact() {
        add("Ada Lovelace");
        add("Grace Hopper");

        dialogs.types("conference-2026").confirms(true);
        model.tagSelected(List.copyOf(model.visibleRows()), true);

        assertThat(model.visibleRows()).allSatisfy(r -> assertThat(r.summary().tags()).contains("conference-2026"));
    }
}
