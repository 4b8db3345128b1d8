package app.rapport.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.service.DownloadImportService;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.FxStarted;
import app.rapport.ui.TaskRunner;

/** The download path of the import wizard on a real store, every task run at once. */
class DownloadImportViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path downloads;
    Store store;
    Services services;
    DownloadImportViewModel model;
    long jane1;
    long jane2;
    long ada;

    @BeforeAll
    static void toolkit() {
        FxStarted.ensure();
    }

    @BeforeEach
    void open() {
        store = Store.open(dir);
        LocalDate today = LocalDate.of(2026, 6, 1);
        services = Services.over(store, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        jane1 = add("Jane Doe", "jane@work.example");
        jane2 = add("Doe Jane", "jane@home.example");
        ada = add("Ada Lovelace", "someone@else.example");
        model = new DownloadImportViewModel(services.downloads(), services.preferences(), services.contacts(),
                TaskRunner.sameThread());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long add(String name, String email) {
        return store.transact(tx -> tx.contacts().insert(Contact.builder().displayName(name).emails(List.of(email))
                .addedOn(LocalDate.of(2025, 1, 1)).build()));
    }

    private List<app.rapport.domain.Interaction> interactionsOfAda() {
        return store.transact(tx -> tx.interactions().ofContact(ada));
    }

    private DownloadRow row(String shown) {
        return model.rows().stream().filter(r -> r.person().shown().equals(shown)).findFirst().orElseThrow();
    }

    @Test
    void thePreviewCountsPerPlatformAndAPickSettlesAnAmbiguousRow() throws Exception {
        model.read(List.of(DownloadFixtures.zip("facebook-2024", downloads)));

        assertThat(model.stepProperty().get()).isEqualTo(DownloadImportViewModel.Step.PREVIEW);
        assertThat(model.countLines()).containsExactly("Facebook download: 2 connected \u00b7 1 request sent "
                + "\u00b7 1 request received \u00b7 4 new people \u00b7 1 ambiguous \u00b7 2 unmatched");
        DownloadRow jane = row("Jane Doe");
        assertThat(jane.ambiguous()).isTrue();
        assertThat(jane.candidates()).extracting(DownloadImportViewModel.Choice::name)
                .containsExactly("Skip", "Jane Doe", "Doe Jane");

        jane.chosenProperty().set(jane.candidates().get(2));

        assertThat(model.countLines()).containsExactly("Facebook download: 3 connected \u00b7 1 request sent "
                + "\u00b7 1 request received \u00b7 4 new people \u00b7 2 unmatched");
        model.start();
        assertThat(model.stepProperty().get()).isEqualTo(DownloadImportViewModel.Step.DONE);
        assertThat(model.summaryProperty().get()).startsWith("Imported.");
        assertThat(model.resultLines()).as("what the preview said would land, and the ledger").containsExactly(
                "Facebook download: 3 connected \u00b7 1 request sent \u00b7 1 request received \u00b7 4 new "
                        + "contacts to sort \u00b7 5 request-ledger entries");
        assertThat(store.transact(tx -> tx.links().find(jane2, "facebook")).orElseThrow().state())
                .isEqualTo(LinkState.CONNECTED);
    }

    @Test
    void anUnmatchedPartnerIsLinkedByHandAndTheImportUndoneAsAWhole() throws Exception {
        model.read(List.of(DownloadFixtures.folder("calendars").resolve("google.ics")));
        assertThat(model.addresses()).extracting(DownloadImportViewModel.Address::address).first()
                .isEqualTo("olivia@example.com");
        assertThat(model.addresses().getFirst().mineProperty().get()).as("the organizer of most events").isTrue();

        DownloadRow adaRow = row("ada@example.com");
        List<DownloadImportViewModel.Choice> found = model.search("lovel");
        assertThat(found).extracting(DownloadImportViewModel.Choice::name).containsExactly("Skip", "Ada Lovelace");
        assertThat(model.firstFound("lovel")).contains(found.get(1));
        assertThat(model.firstFound(" ")).as("Enter in an empty field links no one").isEmpty();
        assertThat(model.firstFound("nobody")).isEmpty();
        adaRow.chosenProperty().set(found.get(1));
        model.start();

        assertThat(model.resultLines()).containsExactly("Calendar: 5 meetings in person \u00b7 1 event");
        assertThat(interactionsOfAda()).hasSize(6);
        assertThat(model.canUndoProperty().get()).isTrue();
        model.undo();
        assertThat(interactionsOfAda()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("Undone");
        assertThat(model.outcomeProperty().get()).isEqualTo("Import undone");
        assertThat(model.resultLines()).isEmpty();
    }

    @Test
    void anUndoThatFailsSaysSoAndOffersUndoAgain() throws Exception {
        model.read(List.of(DownloadFixtures.folder("calendars").resolve("google.ics")));
        row("ada@example.com").chosenProperty().set(model.search("lovel").get(1));
        model.start();
        store.close();

        model.undo();

        assertThat(model.outcomeProperty().get()).isEqualTo("Undo failed");
        assertThat(model.summaryProperty().get()).startsWith("Undo failed, and the import is still there: ");
        assertThat(model.undoingProperty().get()).isFalse();
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void theUsersOwnAddressesAreRememberedAndLeaveThePlan() throws Exception {
        model.read(List.of(DownloadFixtures.folder("calendars").resolve("google.ics")));
        DownloadImportViewModel.Address grace = model.addresses().stream()
                .filter(a -> a.address().equals("grace@example.com")).findFirst().orElseThrow();

        grace.mineProperty().set(true);

        assertThat(model.rows()).extracting(r -> r.person().shown()).doesNotContain("grace@example.com");
        assertThat(services.preferences().get(DownloadImportService.OWN_ADDRESSES).orElseThrow())
                .contains("grace@example.com", "olivia@example.com");
    }

    @Test
    void aDownloadThatCannotBeReadStaysOnChooseWithTheProblem() throws Exception {
        Path broken = Files.writeString(downloads.resolve("your_friends.json"), "{\"friends_v2\": [{",
                StandardCharsets.UTF_8);

        model.read(List.of(broken));

        assertThat(model.stepProperty().get()).isEqualTo(DownloadImportViewModel.Step.CHOOSE);
        assertThat(model.problemProperty().get()).startsWith("your_friends.json").contains("friends_v2[0]");
    }
}
