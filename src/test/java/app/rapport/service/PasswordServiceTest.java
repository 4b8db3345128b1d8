package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.interchange.backup.BackupZip;
import app.rapport.store.BackupSeal;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.WrongPasswordException;

/**
 * Protecting, changing and removing the password on a real store with real backups: what is on disk after each
 * step, what opens it, and that no contact is lost on the way.
 */
class PasswordServiceTest {

    static final String NAME = "Zebulon Quartermaine";
    static final String SECRET = "correct horse";
    static final String OTHER = "battery staple";

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.at(LocalDateTime.of(2026, 11, 23, 9, 30));

    @BeforeEach
    void open() {
        fixture.services.contacts().save(Contact.named(NAME, null));
    }

    private void reopen(String password) {
        fixture.reopen(password == null ? null : password.toCharArray());
    }

    private List<String> names() {
        return fixture.services.contacts().summaries().stream().map(summary -> summary.displayName()).toList();
    }

    private static boolean showsTheName(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(NAME);
    }

    private static boolean readsAsAZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(BackupZip.SCRIPT_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void protectingSealsTheStoreAndTheBackupsAlreadyThere() throws IOException {
        Path earlier = fixture.services.backups().automaticDailyBackup().orElseThrow();
        assertThat(readsAsAZip(earlier)).isTrue();

        assertThat(fixture.services.passwords().protect(SECRET.toCharArray()).backupsLeftAsTheyWere()).isZero();

        assertThat(fixture.services.passwords().isProtected()).isTrue();
        assertThat(BackupSeal.isSealed(earlier)).isTrue();
        assertThat(showsTheName(earlier)).isFalse();
        assertThat(readsAsAZip(earlier)).isFalse();
        Path now = fixture.services.backups().backup(null);
        assertThat(BackupSeal.isSealed(now)).isTrue();
        assertThat(showsTheName(now)).isFalse();
        assertThat(showsTheName(fixture.dataDir().resolve("rapport.mv.db"))).isFalse();

        reopen(SECRET);
        assertThat(names()).containsExactly(NAME);
        assertThatThrownBy(() -> reopen(null)).isInstanceOf(PasswordNeededException.class);
        assertThatThrownBy(() -> reopen(OTHER)).isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void aSealedBackupRestoresWithTheStoresPasswordAndKeepsTheStoreProtected() {
        fixture.services.passwords().protect(SECRET.toCharArray());
        Path backup = fixture.services.backups().backup(null);
        fixture.services.contacts().save(Contact.named("Added after the backup", null));

        BackupService.Restored restored = fixture.services.backups().restore(backup);

        assertThat(restored.contacts()).isEqualTo(1);
        assertThat(names()).containsExactly(NAME);
        assertThat(BackupSeal.isSealed(restored.previousData())).as("the before-restore backup too").isTrue();
        reopen(SECRET);
        assertThat(names()).containsExactly(NAME);
        assertThatThrownBy(() -> reopen(null)).isInstanceOf(PasswordNeededException.class);
    }

    @Test
    void aSealedBackupAsksForItsPasswordWhereTheStoreHasAnother() {
        fixture.services.passwords().protect(SECRET.toCharArray());
        Path elsewhere = fixture.services.backups().backup(fixture.dataDir().resolve("kept-elsewhere.zip"));
        fixture.services.passwords().remove(SECRET.toCharArray());
        fixture.services.contacts().save(Contact.named("Added after the backup", null));

        assertThat(BackupSeal.isSealed(elsewhere)).as("only the backups folder is re-written").isTrue();
        assertThatThrownBy(() -> fixture.services.backups().restore(elsewhere)).isInstanceOf(PasswordNeededException.class)
                .hasMessageContaining("is protected with a password").hasMessageEndingWith("Nothing was changed.");
        assertThatThrownBy(() -> fixture.services.backups().restore(elsewhere, OTHER.toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(names()).hasSize(2);

        fixture.services.backups().restore(elsewhere, SECRET.toCharArray());
        assertThat(names()).containsExactly(NAME);
        assertThat(fixture.store.isProtected()).as("a restore keeps the store's own protection").isFalse();
    }

    @Test
    void aPlainBackupFromBeforeRestoresIntoAProtectedStore() {
        Path plain = fixture.services.backups().backup(fixture.dataDir().resolve("plain.zip"));
        fixture.services.passwords().protect(SECRET.toCharArray());
        fixture.services.contacts().save(Contact.named("Added after the backup", null));

        fixture.services.backups().restore(plain);

        assertThat(names()).containsExactly(NAME);
        reopen(SECRET);
        assertThat(names()).containsExactly(NAME);
    }

    @Test
    void changingThePasswordReSealsTheBackupsWithTheNewOne() {
        fixture.services.passwords().protect(SECRET.toCharArray());
        Path backup = fixture.services.backups().backup(null);

        assertThatThrownBy(() -> fixture.services.passwords().change(OTHER.toCharArray(), "whatever else".toCharArray()))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("not the current password");
        fixture.services.passwords().change(SECRET.toCharArray(), OTHER.toCharArray());

        assertThatThrownBy(() -> fixture.services.backups().restore(backup, SECRET.toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(fixture.services.backups().restore(backup, OTHER.toCharArray()).contacts()).isEqualTo(1);
        assertThatThrownBy(() -> reopen(SECRET)).isInstanceOf(WrongPasswordException.class);
        reopen(OTHER);
        assertThat(names()).containsExactly(NAME);
    }

    @Test
    void removingThePasswordLeavesTheStoreAndTheBackupsPlain() throws IOException {
        fixture.services.passwords().protect(SECRET.toCharArray());
        Path backup = fixture.services.backups().backup(null);

        assertThatThrownBy(() -> fixture.services.passwords().remove(OTHER.toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(fixture.store.isProtected()).isTrue();
        fixture.services.passwords().remove(SECRET.toCharArray());

        assertThat(readsAsAZip(backup)).isTrue();
        assertThat(showsTheName(fixture.dataDir().resolve("rapport.mv.db"))).isTrue();
        reopen(null);
        assertThat(names()).containsExactly(NAME);
    }

    @Test
    void protectingTellsEachStepToItsEnd() {
        fixture.services.backups().automaticDailyBackup().orElseThrow();
        CancelAt progress = new CancelAt("nothing");

        fixture.services.passwords().protect(SECRET.toCharArray(), progress);

        assertThat(progress.reports.stream().map(report -> report.substring(0, report.lastIndexOf(' '))).distinct())
                .containsExactly("Encrypting your data", "Checking that your data opens", "Sealing the backups");
        assertThat(progress.reports).filteredOn(report -> !report.endsWith(" 0/0"))
                .as("each step that can tell how far it is, from its start to its end")
                .anySatisfy(report -> assertThat(report).matches("Encrypting your data 0/\\d+"))
                .anySatisfy(report -> assertThat(report).matches("Encrypting your data (\\d+)/\\1"))
                .anySatisfy(report -> assertThat(report).matches("Sealing the backups 0/\\d+"))
                .anySatisfy(report -> assertThat(report).matches("Sealing the backups (\\d+)/\\1"));
    }

    @Test
    void aCancelWhileTheDataIsEncryptedChangesNothing() throws IOException {
        Path earlier = fixture.services.backups().automaticDailyBackup().orElseThrow();

        assertThatThrownBy(() -> fixture.services.passwords().protect(SECRET.toCharArray(),
                new CancelAt("Encrypting your data"))).isInstanceOf(WorkCancelledException.class)
                .hasMessage("Cancelled. Nothing was changed: your data still has no password.");
        assertThat(fixture.store.isProtected()).isFalse();
        assertThat(readsAsAZip(earlier)).isTrue();

        fixture.services.passwords().protect(SECRET.toCharArray());
        assertThatThrownBy(() -> fixture.services.passwords().change(SECRET.toCharArray(), OTHER.toCharArray(),
                new CancelAt("Checking that your data opens"))).isInstanceOf(WorkCancelledException.class)
                .hasMessage("Cancelled. Nothing was changed: your data keeps its password.");
        assertThatThrownBy(() -> fixture.services.passwords().remove(SECRET.toCharArray(),
                new CancelAt("Decrypting your data"))).isInstanceOf(WorkCancelledException.class);
        reopen(SECRET);
        assertThat(names()).containsExactly(NAME);
        assertThat(fixture.services.backups().restore(earlier, SECRET.toCharArray()).contacts()).isEqualTo(1);
    }

    @Test
    void aCancelOnceTheDataHasItsNewPasswordComesTooLateAndTheBackupsFollowIt() throws IOException {
        Path earlier = fixture.services.backups().automaticDailyBackup().orElseThrow();

        fixture.services.passwords().protect(SECRET.toCharArray(), new CancelAt("Sealing the backups"));

        assertThat(fixture.store.isProtected()).isTrue();
        assertThat(BackupSeal.isSealed(earlier)).isTrue();
        assertThat(showsTheName(earlier)).isFalse();
    }

    @Test
    void aShortPasswordIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> fixture.services.passwords().protect("short".toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 8 characters");
        assertThat(fixture.store.isProtected()).isFalse();
    }

    @Test
    void aBackupSealedWithAnOlderPasswordIsLeftAsItWasAndCounted() throws IOException {
        fixture.services.passwords().protect(SECRET.toCharArray());
        Path older = fixture.services.backups().backup(fixture.dataDir().resolve("older.zip"));
        fixture.services.passwords().change(SECRET.toCharArray(), OTHER.toCharArray());
        Path moved = Files.move(older, Files.createDirectories(fixture.services.backups().folder()).resolve("older.zip"));
        byte[] before = Files.readAllBytes(moved);

        assertThat(fixture.services.passwords().change(OTHER.toCharArray(), "a third password".toCharArray())
                .backupsLeftAsTheyWere()).isEqualTo(1);

        assertThat(Files.readAllBytes(moved)).isEqualTo(before);
        assertThat(fixture.services.backups().restore(moved, SECRET.toCharArray()).contacts()).isEqualTo(1);
    }
}
