package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.Names;
import app.rapport.ui.contacts.ContactRow;

/**
 * The real close and start: closing the window leaves the contacts table's rows beside the data file, and the
 * next start takes them (the file is gone once it opened) and shows them.
 */
class StartFromLeftRowsTest {

    private static final String SNAPSHOT = "start.snapshot";

    @TempDir
    Path dir;

    @Test
    void aClosedWindowLeavesItsRowsAndTheNextStartShowsThem() throws Exception {
        try (Store store = Store.open(dir)) {
            Services services = Services.over(store, Clock.systemDefaultZone());
            services.contacts().save(Contact.named("Zebulon Quartermaine", LocalDate.of(2026, 11, 1)));
            services.contacts().save(Contact.named("Ada Lovelace", LocalDate.of(2026, 11, 2)));
        }

        assertThat(startShowContactsAndClose()).containsExactly("Ada Lovelace", "Zebulon Quartermaine");
        assertThat(dir.resolve(SNAPSHOT)).exists();

        assertThat(startShowContactsAndClose()).containsExactly("Ada Lovelace", "Zebulon Quartermaine");
        assertThat(dir.resolve(SNAPSHOT)).as("left again by the second close").exists();
        try (Store store = Store.open(dir)) {
            assertThat(store.summariesAtOpen()).hasValueSatisfying(rows -> {
                assertThat(rows.summaries()).hasSize(2);
                assertThat(rows.order()).as("in name order, named").isEqualTo(Names.orderName());
            });
            assertThat(Files.exists(dir.resolve(SNAPSHOT))).as("taken by the opening").isFalse();
        }
    }

    /** Starts Rapport as its launcher does, shows Contacts, and closes it: the names the table showed. */
    private List<String> startShowContactsAndClose() throws Exception {
        try (RealStart _ = RealStart.on(dir)) {
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-contacts").tryQuery()
                    .isPresent());
            robot.clickOn("#nav-contacts");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#contacts-table")
                    .queryAs(TableView.class).getItems().size() == 2);
            @SuppressWarnings("unchecked")
            TableView<ContactRow> table = robot.lookup("#contacts-table").queryAs(TableView.class);
            return table.getItems().stream().map(row -> row.summary().displayName()).toList();
        }
    }
}
