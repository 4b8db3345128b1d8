package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.store.Store;

/** A restore undone from the copy it saved first gives back exactly the data it replaced. */
class RestoreUndoTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void restoringTheCopySavedBeforeARestoreGivesBackTheReplacedDataExactly() throws Exception {
        Contact ada = services.contacts().save(Contact.named("Ada Lovelace", null));
        Path older = services.backups().backup(dir.resolve("older.zip"));
        Contact grace = services.contacts().save(Contact.named("Grace Hopper", null));
        services.interactions().log(new Interaction(null, grace.id(), TODAY.minusDays(2), InteractionKind.EMAIL, "hi"));
        services.links().changeState(grace.id(), "linkedin", LinkState.REQUEST_SENT);
        services.links().changeState(grace.id(), "linkedin", LinkState.CONNECTED);
        services.contacts().archive(ada.id());
        services.followUps().createManual(grace.id(), null, "Thank Grace", "", TODAY.plusDays(2));
        String archiveBefore = StoreContents.archive(store);
        List<String> rowsBefore = StoreContents.rows(store);

        BackupService.Restored restored = services.backups().restore(older);
        assertThat(StoreContents.archive(store)).as("the restore changed the data").isNotEqualTo(archiveBefore);
        services.backups().restore(restored.previousData());

        assertThat(StoreContents.archive(store)).isEqualTo(archiveBefore);
        assertThat(StoreContents.rows(store)).isEqualTo(rowsBefore);
    }
}

