package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.service.HostileBackups;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.FxStarted;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

class BackupsViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    final AtomicInteger restoredPages = new AtomicInteger();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    BackupsViewModel model;

    @BeforeAll
    static void toolkit() {
        // The backups' watch shows their progress on the FX thread.
        FxStarted.ensure();
    }

    @BeforeEach
    void open() {
        // Every page reads everything again after a restore: the change signal says "everything".
        fixture.services.changes().subscribe(change -> {
            if (change.everything()) {
                restoredPages.incrementAndGet();
            }
        });
        model = new BackupsViewModel(fixture.services.backups(), TaskRunner.sameThread(), dialogs);
    }

    @Test
    void backUpThenRestoreBringsTheOldDataBackAndTheWindowReloads() throws Exception {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        model.backUpNow();
        assertThat(model.statusProperty().get()).startsWith("Saved rapport-backup-");
        Path backup;
        try (var files = Files.list(model.folder())) {
            backup = files.filter(file -> file.getFileName().toString().startsWith("rapport-backup-")).findFirst()
                    .orElseThrow();
        }
        fixture.services.contacts().save(Contact.named("Grace Hopper", null));

        model.restore(backup);

        assertThat(fixture.services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(model.statusProperty().get()).startsWith("Restored 1 contact from " + backup.getFileName());
        assertThat(restoredPages).hasValue(1);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void restoringAsksForTheFileThenToConfirmAndDoesNothingWhenNotConfirmed() {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path backup = fixture.services.backups().backup(null);
        fixture.services.contacts().save(Contact.named("Grace Hopper", null));
        restoredPages.set(0);

        dialogs.picksFile(backup).confirms(false);
        model.chooseAndRestore();

        assertThat(dialogs.asked).containsExactly("Choose a Rapport backup", "Restore this backup?");
        assertThat(fixture.services.contacts().summaries()).hasSize(2);
        assertThat(restoredPages).hasValue(0);

        dialogs.picksFile(backup).confirms(true);
        model.chooseAndRestore();

        assertThat(fixture.services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(restoredPages).hasValue(1);
    }

    @Test
    void aFileThatIsNotABackupChangesNothingAndSaysSo() throws Exception {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path notABackup = fixture.scratch().resolve("holiday.zip");
        Files.writeString(notABackup, "not a zip at all");

        model.restore(notABackup);

        assertThat(model.statusProperty().get()).startsWith("Nothing was changed: ");
        assertThat(fixture.services.contacts().summaries()).hasSize(1);
        assertThat(restoredPages).hasValue(0);
    }

    @Test
    void aBackupSealedWithAnotherPasswordAsksForItAndRestoresWithIt() {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", java.time.LocalDate.of(2026, 11, 1)));
        fixture.services.passwords().protect("an earlier password".toCharArray());
        Path sealed = fixture.services.backups().backup(fixture.scratch().resolve("sealed.zip"));
        fixture.services.passwords().remove("an earlier password".toCharArray());
        fixture.services.contacts().save(Contact.named("Grace Hopper", java.time.LocalDate.of(2026, 11, 2)));

        restoredPages.set(0);
        dialogs.typesPassword("not the one").typesPassword("an earlier password");
        model.restore(sealed);

        assertThat(dialogs.asked).as("asked for the backup's password, then again after a wrong one")
                .containsExactly("The password of sealed.zip", "The password of sealed.zip");
        assertThat(fixture.services.contacts().summaries()).extracting(s -> s.displayName())
                .containsExactly("Ada Lovelace");
        assertThat(restoredPages).hasValue(1);
    }

    @Test
    void aBackupThatUnpacksFarBeyondAnyStoreIsRefusedWithAPlainMessageAndLeavesNoScratchFolder() throws Exception {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path bomb = HostileBackups.blankScript(fixture.scratch().resolve("bomb.zip"), 64L << 20);

        model.restore(bomb);

        assertThat(model.statusProperty().get()).isEqualTo("Nothing was changed: " + bomb + " cannot be restored. "
                + "rapport.sql unpacks to more than 100 times its packed size, which no Rapport backup does: it is "
                + "not a real backup. Nothing was changed.");
        assertThat(restoredPages).hasValue(0);
        try (var files = Files.list(fixture.dataDir())) {
            assertThat(files).noneMatch(file -> file.getFileName().toString().startsWith("restore-"));
        }
    }
}
