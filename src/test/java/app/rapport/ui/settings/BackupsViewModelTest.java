package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.service.HostileBackups;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.TaskRunner;

class BackupsViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    final AtomicInteger restoredPages = new AtomicInteger();
    BackupsViewModel model;

    @BeforeEach
    void open() {
        model = new BackupsViewModel(fixture.services.backups(), TaskRunner.sameThread(), restoredPages::incrementAndGet);
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

        model.restore(sealed);
        assertThat(model.passwordNeededProperty().get()).isEqualTo(sealed);
        assertThat(model.statusProperty().get()).contains("is protected with a password");
        assertThat(restoredPages).hasValue(0);

        model.restore(sealed, "not the one".toCharArray());
        assertThat(model.statusProperty().get()).startsWith("That is not the password of sealed.zip");
        assertThat(model.passwordNeededProperty().get()).as("asked again").isEqualTo(sealed);

        model.restore(sealed, "an earlier password".toCharArray());
        assertThat(model.passwordNeededProperty().get()).isNull();
        assertThat(fixture.services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
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
