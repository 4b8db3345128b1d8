package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;

/**
 * The contacts table's rows a close leaves for the next start: back, as they were and without a statement, on
 * the opening right after that close only, and never once anything they come from may have changed.
 */
class SummarySnapshotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final List<ContactSummary> ROWS = List.of(
            new ContactSummary(1, "Zoë Ångström-Ñúñez", "Café ☕ \"Quotes\", Ltd.", null, Category.PERSONAL,
                    Relationship.FRIEND, List.of("climbing", "berlin"), "first line\nsecond line", DAY, 6,
                    DAY.minusYears(3), DAY.minusYears(2), false, List.of("zoe@example.com", "z@example.org"),
                    List.of("+49 30 1234")),
            new ContactSummary(2, "李雷", "", "", null, null, List.of(), null, null, null, null, null, true,
                    List.of(), List.of()),
            new ContactSummary(3, "Ada Lovelace", null, "Analyst", Category.UNDECIDED, Relationship.OTHER,
                    List.of("x".repeat(70_000)), "", DAY.minusDays(1), null, null, DAY, false, List.of(),
                    List.of()));

    @TempDir
    Path folder;
    private long someone;

    @BeforeEach
    void aStoreWithSomeone() {
        try (Store store = Store.open(folder)) {
            someone = store.transact(tx -> tx.contacts().insert(Contact.builder().displayName("Someone")
                    .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE).addedOn(DAY).build()));
        }
    }

    @Test
    void theRowsLeftAtCloseComeBackOnTheNextOpeningWithoutAStatement() {
        leave(ROWS);

        try (Store store = Store.open(folder)) {
            AtomicInteger statements = countStatements(store);

            assertThat(store.summariesAtOpen()).contains(ROWS);
            assertThat(statements).hasValue(0);
        }
    }

    @Test
    void onlyTheOpeningRightAfterTheCloseGetsThem() {
        leave(ROWS);
        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isPresent();
        }

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void aWriteToAContactEndsThem() {
        leave(ROWS);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.contacts().setArchived(someone, true));

            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void anInteractionLoggedEndsThem() {
        leave(ROWS);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, someone, DAY,
                    InteractionKind.COFFEE_OR_MEAL, "")));

            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void aFollowUpWrittenAsTheDaysCatchUpDoesLeavesThem() {
        leave(ROWS);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, someone, null, FollowUp.MANUAL, "",
                    "Call Someone", "", DAY, FollowUpStatus.OPEN, DAY)));

            assertThat(store.summariesAtOpen()).contains(ROWS);
        }
    }

    @Test
    void aDatabaseFileChangedAfterTheCloseIsNotDescribedByThem() throws IOException {
        leave(ROWS);
        Path database = folder.resolve(Store.DATABASE_FILE);
        Files.setLastModifiedTime(database, FileTime.fromMillis(Files.getLastModifiedTime(database).toMillis() + 1));

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
        }
        assertThat(folder.resolve(SummarySnapshot.FILE)).doesNotExist();
    }

    @Test
    void aProtectedStoreLeavesNoRowsInPlainText() {
        try (Store store = Store.open(folder)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }

        Store.open(folder, "correct horse".toCharArray()).closeLeaving(ROWS);

        assertThat(folder.resolve(SummarySnapshot.FILE)).doesNotExist();
    }

    @Test
    void aDamagedSnapshotIsPassedOverAndTheStoreOpensAsAlways() throws IOException {
        leave(ROWS);
        Path snapshot = folder.resolve(SummarySnapshot.FILE);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length - 9));

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
            assertThat(store.transact(tx -> tx.contacts().find(someone).orElseThrow()).displayName()).isEqualTo("Someone");
        }
    }

    @Test
    void aCloseWithNoRowsLeavesNone() {
        leave(ROWS);
        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isPresent();
        }

        assertThat(folder.resolve(SummarySnapshot.FILE)).doesNotExist();
    }

    @Test
    void everyFieldOfARowIsWritten() {
        assertThat(ContactSummary.class.getRecordComponents()).as("a row of another shape needs another format "
                + "line in SummarySnapshot, and its fields written and read").hasSize(15);
    }

    private void leave(List<ContactSummary> rows) {
        Store.open(folder).closeLeaving(rows);
        assertThat(folder.resolve(SummarySnapshot.FILE)).exists();
    }

    private static AtomicInteger countStatements(Store store) {
        AtomicInteger statements = new AtomicInteger();
        store.observe(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.incrementAndGet();
            }
        });
        return statements;
    }
}
