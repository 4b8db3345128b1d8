package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

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
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;

/**
 * What a close leaves for the next start: the contacts table's rows, back as they were and without a statement,
 * and the rules' inputs, back as the store would read them, on the opening right after that close only, and
 * never once anything they come from may have changed.
 */
class StartSnapshotTest {

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

    private static final TableRows LEFT = new TableRows(ROWS, "collator 1f2e/4 strength 1 decomposition 0");

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
        leave(LEFT);

        try (Store store = Store.open(folder)) {
            AtomicInteger statements = countStatements(store);

            assertThat(store.summariesAtOpen()).contains(LEFT);
            assertThat(statements).hasValue(0);
        }
    }

    @Test
    void onlyTheOpeningRightAfterTheCloseGetsThem() {
        leave(LEFT);
        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isPresent();
        }

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void aWriteToAContactEndsThem() {
        leave(LEFT);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.contacts().setArchived(someone, true));

            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void anInteractionLoggedEndsThem() {
        leave(LEFT);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, someone, DAY,
                    InteractionKind.COFFEE_OR_MEAL, "")));

            assertThat(store.summariesAtOpen()).isEmpty();
        }
    }

    @Test
    void aFollowUpWrittenAsTheDaysCatchUpDoesLeavesThem() {
        leave(LEFT);

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, someone, null, FollowUp.MANUAL, "",
                    "Call Someone", "", DAY, FollowUpStatus.OPEN, DAY)));

            assertThat(store.summariesAtOpen()).contains(LEFT);
        }
    }

    @Test
    void aDatabaseFileChangedAfterTheCloseIsNotDescribedByThem() throws IOException {
        leave(LEFT);
        Path database = folder.resolve(Store.DATABASE_FILE);
        Files.setLastModifiedTime(database, FileTime.fromMillis(Files.getLastModifiedTime(database).toMillis() + 1));

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
        }
        assertThat(folder.resolve(StartSnapshot.FILE)).doesNotExist();
    }

    @Test
    void aProtectedStoreLeavesNoRowsInPlainText() {
        try (Store store = Store.open(folder)) {
            store.changeKey(StoreKey.fromPassword("correct horse".toCharArray()));
        }

        Store.open(folder, "correct horse".toCharArray()).closeLeaving(LEFT);

        assertThat(folder.resolve(StartSnapshot.FILE)).doesNotExist();
    }

    @Test
    void aDamagedSnapshotIsPassedOverAndTheStoreOpensAsAlways() throws IOException {
        leave(LEFT);
        Path snapshot = folder.resolve(StartSnapshot.FILE);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(whole, whole.length - 9));

        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isEmpty();
            assertThat(store.transact(tx -> tx.contacts().find(someone).orElseThrow()).displayName()).isEqualTo("Someone");
        }
    }

    @Test
    void aCloseWithNoRowsLeavesNone() {
        leave(LEFT);
        try (Store store = Store.open(folder)) {
            assertThat(store.summariesAtOpen()).isPresent();
        }

        assertThat(folder.resolve(StartSnapshot.FILE)).doesNotExist();
    }

    @Test
    void theRulesInputsComeBackAsTheStoreWouldReadThemWithoutReadingInteractions() {
        List<String> statements = new ArrayList<>();
        try (Store store = Store.open(folder)) {
            fillWithEverythingTheRulesRead(store);
            store.ruleInputs();
            store.closeLeaving(null);
        }

        try (Store store = Store.open(folder)) {
            store.observe(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.add(ctx.sql());
                }
            });
            RuleInputs left = store.ruleInputs();

            assertThat(statements).as("only the platforms and the settings are read").hasSize(2)
                    .noneMatch(sql -> sql.contains("\"INTERACTION\"") || sql.contains("\"CONTACT\"")
                            || sql.contains("\"LINK\""));
            assertThat(left).isEqualTo(store.transact(RuleInputs::read));
        }
    }

    @Test
    void whatTheRowsAndTheRulesInputsSayAlikeComesBackAsOneObject() {
        try (Store store = Store.open(folder)) {
            fillWithEverythingTheRulesRead(store);
            List<ContactSummary> rows = store.ruleInputs().contacts().stream()
                    .map(contact -> new ContactSummary(contact.id(), contact.displayName(), contact.organization(),
                            contact.role(), contact.category(), contact.relationship(), List.of(), contact.notes(),
                            null, null, contact.metOn(), contact.addedOn(), false))
                    .toList();
            store.closeLeaving(new TableRows(rows, LEFT.order()));
        }

        try (Store store = Store.open(folder)) {
            ContactSummary row = store.summariesAtOpen().orElseThrow().summaries().stream()
                    .filter(summary -> summary.displayName().equals("Ada Lovelace")).findFirst().orElseThrow();
            RuleInputs left = store.ruleInputs();
            Contact ada = left.contacts().stream().filter(contact -> contact.id() == row.id()).findFirst()
                    .orElseThrow();

            assertThat(ada.displayName()).isSameAs(row.displayName());
            assertThat(ada.organization()).isSameAs(row.organization());
            assertThat(ada.role()).isSameAs(row.role());
            assertThat(ada.notes()).isSameAs(row.notes());
            assertThat(ada.metOn()).isSameAs(row.metOn());
            assertThat(ada.addedOn()).isSameAs(row.addedOn());
            String adasLinkedIn = left.linksOf(ada).stream().map(Link::platformId).filter("linkedin"::equals)
                    .findFirst().orElseThrow();
            assertThat(left.links().get(someone).getFirst().platformId()).isSameAs(adasLinkedIn);
        }
    }

    @Test
    void aWriteBeforeTheRulesInputsAreAskedForIsReadIntoThem() {
        try (Store store = Store.open(folder)) {
            fillWithEverythingTheRulesRead(store);
            store.ruleInputs();
            store.closeLeaving(null);
        }

        try (Store store = Store.open(folder)) {
            store.transactVoid(tx -> tx.interactions().insert(new Interaction(null, someone, DAY.plusDays(1),
                    InteractionKind.VIDEO_CALL, "")));
            store.transactVoid(tx -> tx.contacts().setArchived(someone, true));

            assertThat(store.ruleInputs()).isEqualTo(store.transact(RuleInputs::read));
        }
    }

    @Test
    void aCloseBeforeTheRulesInputsWereReadLeavesOnlyTheRows() {
        leave(LEFT);

        try (Store store = Store.open(folder)) {
            List<String> statements = new ArrayList<>();
            store.observe(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.add(ctx.sql());
                }
            });
            assertThat(store.ruleInputs()).isEqualTo(store.transact(RuleInputs::read));
            assertThat(statements).anyMatch(sql -> sql.contains("\"INTERACTION\""));
        }
    }

    @Test
    void aPlainCloseLeavesNothingEvenWithTheRulesInputsRead() {
        try (Store store = Store.open(folder)) {
            store.ruleInputs();
        }

        assertThat(folder.resolve(StartSnapshot.FILE)).doesNotExist();
    }

    @Test
    void rulesInputsThatWouldHaveToBeReadWholeAreNotLeft() {
        Store store = Store.open(folder);
        store.ruleInputs();
        // More than a few hundred contacts written: the inputs would be read whole again.
        store.transactVoid(tx -> tx.contacts().insertAll(IntStream.range(0, 501).mapToObj(i -> Contact.builder()
                .displayName("New " + i).addedOn(DAY).build()).toList()));
        assertThat(store.ruleInputsKept()).isFalse();
        List<String> statements = new ArrayList<>();
        store.observe(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql());
            }
        });

        store.closeLeaving(LEFT);

        assertThat(statements).as("closing reads nothing").isEmpty();
        try (Store reopened = Store.open(folder)) {
            assertThat(reopened.summariesAtOpen()).contains(LEFT);
            List<String> reads = new ArrayList<>();
            reopened.observe(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    reads.add(ctx.sql());
                }
            });
            reopened.ruleInputs();
            assertThat(reads).as("no inputs were left: read from the store").anyMatch(sql -> sql.contains(
                    "\"INTERACTION\""));
        }
    }

    @Test
    void everyFieldOfWhatIsLeftIsWritten() {
        String why = "a record of another shape needs another format line in StartSnapshot, and its fields written "
                + "and read";
        assertThat(ContactSummary.class.getRecordComponents()).as(why).hasSize(15);
        assertThat(Contact.class.getRecordComponents()).as(why).hasSize(21);
        assertThat(Link.class.getRecordComponents()).as(why).hasSize(5);
        assertThat(Interaction.class.getRecordComponents()).as(why).hasSize(6);
        assertThat(ImportantDate.class.getRecordComponents()).as(why).hasSize(2);
        assertThat(YearlyDate.class.getRecordComponents()).as(why).hasSize(2);
    }

    /** Every field the rules read, and the odd ones: a group interaction, a birthday without a year. */
    private void fillWithEverythingTheRulesRead(Store store) {
        store.transactVoid(tx -> {
            long ada = tx.contacts().insert(Contact.builder().displayName("Ada Lovelace").givenName("Ada")
                    .familyName("Lovelace").organization("Engines").role("Analyst").category(Category.PROFESSIONAL)
                    .relationship(Relationship.COLLEAGUE).notes("Sharp\nmind").howWeMet("At a salon")
                    .metOn(DAY.minusYears(2)).addedOn(DAY.minusYears(1)).vouchForThem("Yes").vouchForMe("Maybe")
                    .keepInTouchWeeks(4).birthday(YearlyDate.of(12, 10)).importantDates(List.of(
                            new ImportantDate(ImportantDate.ANNIVERSARY, YearlyDate.of(LocalDate.of(2020, 2, 29)))))
                    .build());
            tx.links().put(new Link(ada, "linkedin", LinkState.CONNECTED, DAY.minusMonths(6), "ada-l"));
            tx.links().put(new Link(ada, "facebook", LinkState.REQUEST_SENT, null, ""));
            tx.links().put(new Link(someone, "linkedin", LinkState.DECLINED_BY_THEM, DAY.minusDays(3), ""));
            tx.interactions().insert(Interaction.with(null, List.of(ada, someone), DAY.minusDays(2),
                    InteractionKind.COFFEE_OR_MEAL, "Cake"));
            tx.interactions().insert(new Interaction(null, ada, DAY.minusDays(9), InteractionKind.EMAIL, "Hi"));
            tx.interactions().insert(new Interaction(null, ada, DAY.minusDays(9), InteractionKind.SOCIAL_MEDIA, ""));
        });
    }

    private void leave(TableRows rows) {
        Store.open(folder).closeLeaving(rows);
        assertThat(folder.resolve(StartSnapshot.FILE)).exists();
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
