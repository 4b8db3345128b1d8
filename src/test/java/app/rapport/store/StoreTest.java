package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;

class StoreTest {

    @TempDir
    Path dir;

    static Contact ada() {
        return Contact.builder().displayName("Ada Lovelace").givenName("Ada").familyName("Lovelace")
                .organization("Analytical Engines").role("Engineer").category(Category.PROFESSIONAL)
                .relationship(Relationship.CLIENT).emails(List.of("ada@example.com", "ada@work.example"))
                .phones(List.of("+44 20 7946 0000")).tags(List.of("conference-2026", "math")).notes("Sharp mind")
                .howWeMet("Regional meetup").metOn(LocalDate.of(2026, 10, 1)).addedOn(LocalDate.of(2026, 10, 2))
                .vouchForThem("Brilliant analyst").keepInTouchWeeks(6).birthday(LocalDate.of(1815, 12, 10)).build();
    }

    private static Optional<Contact> find(Store store, long id) {
        return store.transact(tx -> tx.contacts().find(id));
    }

    private static boolean setArchived(Store store, long id, boolean archived) {
        return store.transact(tx -> tx.contacts().setArchived(id, archived));
    }

    @Test
    void migratesAnEmptyFolderAndKeepsDataAcrossReopening() {
        Path folder = dir.resolve("new/nested");
        long id;
        try (Store store = Store.open(folder)) {
            id = store.transact(tx -> tx.contacts().insert(ada()));
        }
        assertThat(folder.resolve("rapport.mv.db")).exists();
        try (Store store = Store.open(folder)) {
            Contact read = store.transact(tx -> tx.contacts().find(id)).orElseThrow();
            assertThat(read).isEqualTo(ada().withId(id));
        }
    }

    @Test
    void deletingAContactTakesTheInteractionsOnlyTheyWereInAndLeavesSharedOnesWithTheOthers() {
        try (Store store = Store.open(dir)) {
            long ada = store.transact(tx -> tx.contacts().insert(Contact.named("Ada", LocalDate.of(2026, 1, 1))));
            long bob = store.transact(tx -> tx.contacts().insert(Contact.named("Bob", LocalDate.of(2026, 1, 1))));
            long alone = store.transact(tx -> tx.interactions().insert(Interaction.with(null, List.of(ada),
                    LocalDate.of(2026, 2, 1), InteractionKind.COFFEE_OR_MEAL, "")));
            long shared = store.transact(tx -> tx.interactions().insert(Interaction.with(null, List.of(ada, bob),
                    LocalDate.of(2026, 2, 2), InteractionKind.IN_PERSON, "")));
            long bobs = store.transact(tx -> tx.interactions().insert(Interaction.with(null, List.of(bob),
                    LocalDate.of(2026, 2, 3), InteractionKind.EMAIL, "")));

            store.transactVoid(tx -> tx.contacts().delete(ada));

            List<Interaction> left = store.transact(tx -> tx.interactions().all());
            assertThat(left).extracting(Interaction::id).containsExactlyInAnyOrder(shared, bobs)
                    .doesNotContain(alone);
            assertThat(left).filteredOn(i -> i.id() == shared).singleElement()
                    .satisfies(dinner -> assertThat(dinner.participants()).containsExactly(bob));
        }
    }

    @Test
    void editReplacesFieldsAndLists() {
        try (Store store = Store.open(dir)) {
            long id = store.transact(tx -> tx.contacts().insert(ada()));
            Contact original = ada().withId(id);
            Contact edited = Contact.builder().id(id).displayName("Ada King").givenName("Ada").familyName("King")
                    .role("Countess").category(Category.BOTH).relationship(Relationship.FRIEND)
                    .emails(List.of("ada@king.example")).tags(List.of("friends")).addedOn(original.addedOn())
                    .vouchForMe("Kind").build();
            store.transactVoid(tx -> tx.contacts().update(edited));
            assertThat(find(store, id)).contains(edited);
        }
    }

    @Test
    void archiveAndRestoreFlipOnlyTheFlag() {
        try (Store store = Store.open(dir)) {
            long id = store.transact(tx -> tx.contacts().insert(ada()));
            assertThat(setArchived(store, id, true)).isTrue();
            assertThat(find(store, id).orElseThrow().archived()).isTrue();
            store.transactVoid(tx -> tx.contacts().setArchived(id, false));
            assertThat(find(store, id)).contains(ada().withId(id));
            assertThat(setArchived(store, id + 100, true)).isFalse();
        }
    }

    @Test
    void ruleInputsAreKeptUntilATransactionWrites() {
        try (Store store = Store.open(dir)) {
            long id = store.transact(tx -> tx.contacts().insert(ada()));
            RuleInputs first = store.ruleInputs();
            assertThat(first.contacts()).extracting(Contact::id).containsExactly(id);

            store.transact(tx -> tx.contacts().find(id));
            assertThat(store.ruleInputs()).isSameAs(first);

            store.transactVoid(tx -> tx.contacts().setArchived(id, true));
            assertThat(store.ruleInputs()).isNotSameAs(first);
            assertThat(store.ruleInputs().contacts().getFirst().archived()).isTrue();
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store = Store.open(dir)) {
            assertThatThrownBy(() -> store.transactVoid(tx -> {
                tx.contacts().insert(ada());
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.ruleInputs().contacts()).isEmpty();
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedPlainly() {
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("Rapport is already open on " + dir);
        }
        try (Store again = Store.open(dir)) {
            assertThat(again.dataDir()).isEqualTo(dir);
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        try (Store store = Store.open(dir)) {
            store.transact(tx -> tx.contacts().insert(ada()));
        }
        try (var connection = DriverManager.getConnection(StoreConnections.jdbcUrl(dir), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Store.open(dir))
                .isInstanceOf(NewerStoreException.class)
                .hasMessageContaining("newer version of Rapport")
                .hasMessageContaining("data format 99");
        try (var connection = DriverManager.getConnection(StoreConnections.jdbcUrl(dir), "sa", "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM CONTACT")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        // The refused open must also have released the folder.
        assertThat(InstanceLockProbe.isFree(dir)).isTrue();
    }

    @Test
    void aRehearsalIsRolledBackEvenWhenItSucceeds() {
        try (Store store = Store.open(dir)) {
            long id = store.transact(tx -> tx.contacts().insert(ada()));
            String seen = store.rehearse(tx -> {
                tx.contacts().setArchived(id, true);
                tx.contacts().insert(Contact.named("Only in the rehearsal", LocalDate.of(2026, 1, 1)));
                return tx.contacts().allForRules().size() + " " + tx.contacts().find(id).orElseThrow().archived();
            });
            assertThat(seen).isEqualTo("2 true");
            assertThat(store.ruleInputs().contacts()).singleElement()
                    .satisfies(contact -> assertThat(contact.archived()).isFalse());
            store.transactVoid(tx -> tx.contacts().insert(Contact.named("Kept", LocalDate.of(2026, 1, 1))));
            assertThat(store.ruleInputs().contacts()).hasSize(2);
        }
    }
}
