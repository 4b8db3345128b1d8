package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

class BackupsViewModelTest {

    @TempDir
    Path dir;
    Store store;
    Services services;
    final AtomicInteger restoredPages = new AtomicInteger();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    BackupsViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.systemDefaultZone());
        // Every page reads everything again after a restore: the change signal says "everything".
        services.changes().subscribe(change -> {
            if (change.everything()) {
                restoredPages.incrementAndGet();
            }
        });
        model = new BackupsViewModel(services.backups(), TaskRunner.sameThread(), dialogs);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void backUpThenRestoreBringsTheOldDataBackAndTheWindowReloads() throws Exception {
        services.contacts().save(Contact.named("Ada Lovelace", null));
        model.backUpNow();
        assertThat(model.statusProperty().get()).startsWith("Saved rapport-backup-");
        Path backup;
        try (var files = Files.list(model.folder())) {
            backup = files.filter(file -> file.getFileName().toString().startsWith("rapport-backup-")).findFirst()
                    .orElseThrow();
        }
        services.contacts().save(Contact.named("Grace Hopper", null));

        model.restore(backup);

        assertThat(services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(model.statusProperty().get()).startsWith("Restored 1 contact from " + backup.getFileName());
        assertThat(restoredPages).hasValue(1);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void restoringAsksForTheFileThenToConfirmAndDoesNothingWhenNotConfirmed() {
        services.contacts().save(Contact.named("Ada Lovelace", null));
        Path backup = services.backups().backup(null);
        services.contacts().save(Contact.named("Grace Hopper", null));
        restoredPages.set(0);

        dialogs.picksFile(backup).confirms(false);
        model.chooseAndRestore();

        assertThat(dialogs.asked).containsExactly("Choose a Rapport backup", "Restore this backup?");
        assertThat(services.contacts().summaries()).hasSize(2);
        assertThat(restoredPages).hasValue(0);

        dialogs.picksFile(backup).confirms(true);
        model.chooseAndRestore();

        assertThat(services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(restoredPages).hasValue(1);
    }

    @Test
    void aFileThatIsNotABackupChangesNothingAndSaysSo() throws Exception {
        services.contacts().save(Contact.named("Ada Lovelace", null));
        Path notABackup = dir.resolve("holiday.zip");
        Files.writeString(notABackup, "not a zip at all");

        model.restore(notABackup);

        assertThat(model.statusProperty().get()).startsWith("Nothing was changed: ");
        assertThat(services.contacts().summaries()).hasSize(1);
        assertThat(restoredPages).hasValue(0);
    }

    @Test
    void aBackupSealedWithAnotherPasswordAsksForItAndRestoresWithIt() {
        services.contacts().save(Contact.named("Ada Lovelace", java.time.LocalDate.of(2026, 11, 1)));
        services.passwords().protect("an earlier password".toCharArray());
        Path sealed = services.backups().backup(dir.resolve("sealed.zip"));
        services.passwords().remove("an earlier password".toCharArray());
        services.contacts().save(Contact.named("Grace Hopper", java.time.LocalDate.of(2026, 11, 2)));

        restoredPages.set(0);
        dialogs.typesPassword("not the one").typesPassword("an earlier password");
        model.restore(sealed);

        assertThat(dialogs.asked).as("asked for the backup's password, then again after a wrong one")
                .containsExactly("The password of sealed.zip", "The password of sealed.zip");
        assertThat(services.contacts().summaries()).extracting(s -> s.displayName()).containsExactly("Ada Lovelace");
        assertThat(restoredPages).hasValue(1);
    }
}
