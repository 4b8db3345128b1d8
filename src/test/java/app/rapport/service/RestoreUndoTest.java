package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;

/** A restore undone from the copy it saved first gives back exactly the data it replaced. */
class RestoreUndoTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @Test
    void restoringTheCopySavedBeforeARestoreGivesBackTheReplacedDataExactly() throws Exception {
        Contact ada = fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path older = fixture.services.backups().backup(fixture.scratch().resolve("older.zip"));
        Contact grace = fixture.services.contacts().save(Contact.named("Grace Hopper", null));
        fixture.services.interactions().log(new Interaction(null, grace.id(), TODAY.minusDays(2), InteractionKind.EMAIL, "hi"));
        fixture.services.links().changeState(grace.id(), "linkedin", LinkState.REQUEST_SENT);
        fixture.services.links().changeState(grace.id(), "linkedin", LinkState.CONNECTED);
        fixture.services.contacts().archive(ada.id());
        fixture.services.followUps().createManual(grace.id(), null, "Thank Grace", "", TODAY.plusDays(2));
        String archiveBefore = StoreContents.archive(fixture.store);
        List<String> rowsBefore = StoreContents.rows(fixture.store);

        BackupService.Restored restored = fixture.services.backups().restore(older);
        assertThat(StoreContents.archive(fixture.store)).as("the restore changed the data").isNotEqualTo(archiveBefore);
        fixture.services.backups().restore(restored.previousData());

        assertThat(StoreContents.archive(fixture.store)).isEqualTo(archiveBefore);
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(rowsBefore);
    }
}

