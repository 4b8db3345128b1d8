package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;

/** The H2 file cipher on a real store: what is on disk, and what it takes to open it again. */
class StoreEncryptionTest {

    static final String NAME = "Zebulon Quartermaine";
    static final char[] SECRET = "correct horse".toCharArray();
    static final char[] OTHER = "battery staple".toCharArray();

    @TempDir
    Path dir;

    private long seed() {
        try (Store store = Store.open(dir)) {
            return store.transact(tx -> tx.contacts().insert(Contact.named(NAME, java.time.LocalDate.of(2026, 11, 1))));
        }
    }

    private static String nameOf(Store store, long id) {
        return store.transact(tx -> tx.contacts().find(id)).orElseThrow().displayName();
    }

    private boolean fileHoldsTheName() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(Store.DATABASE_FILE));
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(NAME);
    }

    @Test
    void aProtectedFileHidesTheDataAndOpensOnlyWithItsPassword() throws IOException {
        long id = seed();
        assertThat(fileHoldsTheName()).as("a plain file shows the name, so the check below means something").isTrue();

        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword(SECRET));
            assertThat(store.isProtected()).isTrue();
            assertThat(nameOf(store, id)).as("the running store goes on after re-encrypting").isEqualTo(NAME);
        }

        assertThat(fileHoldsTheName()).isFalse();
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(PasswordNeededException.class)
                .hasMessageContaining("protected with a password");
        assertThatThrownBy(() -> Store.open(dir, OTHER)).isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("not the password");
        assertThatThrownBy(() -> DriverManager.getConnection(StoreConnections.fileUrl(dir), "sa", "").close())
                .as("H2 itself cannot read it without the password").isInstanceOf(SQLException.class);
        try (Store store = Store.open(dir, SECRET)) {
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
        assertNoTemporaryFolderLeft();
    }

    @Test
    void changingThePasswordRetiresTheOldOne() {
        long id = seed();
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword(SECRET));
            store.changeKey(StoreKey.fromPassword(OTHER));
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
        assertThatThrownBy(() -> Store.open(dir, SECRET)).isInstanceOf(WrongPasswordException.class);
        try (Store store = Store.open(dir, OTHER)) {
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
    }

    @Test
    void removingThePasswordOpensTheFileAsBefore() throws IOException {
        long id = seed();
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword(SECRET));
        }
        try (Store store = Store.open(dir, SECRET)) {
            store.changeKey(null);
            assertThat(store.isProtected()).isFalse();
        }
        assertThat(fileHoldsTheName()).isTrue();
        try (Store store = Store.open(dir)) {
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
        assertNoTemporaryFolderLeft();
    }

    @Test
    void reEncryptingTellsHowFarItIsAndAStopOnTheWayChangesNothing() throws IOException {
        long id = seed();
        // Megabytes of notes, so that the file is re-encrypted in several pieces.
        try (Store store = Store.open(dir)) {
            store.transactVoid(tx -> tx.contacts().insertAll(IntStream.range(0, 2_000).mapToObj(i -> Contact.builder()
                    .displayName("Contact " + i).notes(("Met at the conference, day " + i + ". ").repeat(40))
                    .addedOn(java.time.LocalDate.of(2026, 11, 1)).build()).toList()));
        }
        List<Long> reported = new ArrayList<>();
        long[] size = new long[1];
        try (Store store = Store.open(dir)) {
            KeyChangeProgress stopHalfWay = (step, done, total) -> {
                assertThat(step).as("stopped before").isEqualTo(KeyChangeProgress.Step.ENCRYPTING);
                reported.add(done);
                size[0] = total;
                if (done * 2 >= total && done > 0) {
                    throw new IllegalStateException("stopped");
                }
            };
            assertThatThrownBy(() -> store.changeKey(StoreKey.fromPassword(SECRET), stopHalfWay))
                    .hasMessage("stopped");
            assertThat(store.isProtected()).isFalse();
            assertThat(nameOf(store, id)).as("the store goes on as it was").isEqualTo(NAME);
        }
        assertThat(reported).first().isEqualTo(0L);
        assertThat(reported).as("reported on the way, a megabyte at a time").isSorted().hasSizeGreaterThan(2)
                .allMatch(done -> done <= size[0]);
        assertThat(fileHoldsTheName()).isTrue();
        assertNoTemporaryFolderLeft();

        List<KeyChangeProgress.Step> steps = new ArrayList<>();
        try (Store store = Store.open(dir)) {
            store.changeKey(StoreKey.fromPassword(SECRET), (step, done, total) -> {
                if (step != KeyChangeProgress.Step.ENCRYPTING || done == total) {
                    steps.add(step);
                }
            });
        }
        assertThat(steps).containsExactly(KeyChangeProgress.Step.ENCRYPTING, KeyChangeProgress.Step.CHECKING,
                KeyChangeProgress.Step.REPLACING);
        try (Store store = Store.open(dir, SECRET)) {
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
    }

    @Test
    void aPasswordGivenForAPlainStoreIsNotNeededAndChangesNothing() {
        long id = seed();
        try (Store store = Store.open(dir, SECRET)) {
            assertThat(store.isProtected()).isFalse();
            assertThat(nameOf(store, id)).isEqualTo(NAME);
        }
    }

    @Test
    void reEncryptingForgetsTheRuleInputsReadBefore() {
        seed();
        try (Store store = Store.open(dir)) {
            RuleInputs before = store.ruleInputs();
            store.changeKey(StoreKey.fromPassword(SECRET));
            assertThat(store.ruleInputs()).isNotSameAs(before);
            store.transact(tx -> tx.contacts().insert(Contact.named("Written after", java.time.LocalDate.of(2026, 11, 2))));
        }
        try (Store store = Store.open(dir, SECRET)) {
            assertThat(store.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(2);
        }
    }

    @Test
    void theKeyIsStretchedFromThePasswordTheSameWayEachTime() {
        assertThat(StoreKey.fromPassword(SECRET).sameAs(StoreKey.fromPassword("correct horse".toCharArray())))
                .isTrue();
        assertThat(StoreKey.fromPassword(SECRET).sameAs(StoreKey.fromPassword(OTHER))).isFalse();
        assertThat(StoreKey.fromPassword(SECRET).toString()).doesNotContain("correct");
    }

    private void assertNoTemporaryFolderLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("rekey-"));
        }
    }
}
