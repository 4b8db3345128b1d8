package app.rapport.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.service.FollowUpItem;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.ScriptedDialogs;
import app.rapport.ui.TaskRunner;

/** The follow-up queue's questions and its badge, without a window. */
class FollowUpsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    FollowUpsViewModel model;
    Contact ada;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model = new FollowUpsViewModel(services, TaskRunner.sameThread(), dialogs,
                ChangeSignal.sameThread(services.changes()));
        ada = services.contacts().save(Contact.named("Ada Lovelace", TODAY).toBuilder()
                .category(app.rapport.domain.Category.PROFESSIONAL).build());
    }

    @AfterEach
    void close() {
        store.close();
    }

    FollowUpItem only() {
        return model.queueProperty().get().dueToday().getFirst();
    }

    @Test
    void countsOfWhatIsDueGroupTheirThousands() {
        // The tests run in US English (see the pom): the rows' dates are formatted once, in that locale.
        assertThat(FollowUpsViewModel.dueWords(0)).isEqualTo("nothing due");
        assertThat(FollowUpsViewModel.dueWords(1)).isEqualTo("1 due today or overdue");
        assertThat(FollowUpsViewModel.dueWords(2_843)).isEqualTo("2,843 due today or overdue");
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(FollowUpRow.dueText(today.minusDays(2_913), today)).endsWith(" (2,913 days)");
    }

    @Test
    void theBadgeCountsAFollowUpAddedAnywhere() {
        assertThat(model.dueCountProperty().get()).isZero();
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY);
        assertThat(model.dueCountProperty().get()).as("due today").isEqualTo(1);
    }

    @Test
    void doneAndSnoozeSayWhatTheyDidAndUndoPutsTheFollowUpBackOnce() {
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY);
        FollowUpItem slides = only();

        model.complete(slides);
        assertThat(services.followUps().open()).isEmpty();
        assertThat(model.undoMessage().get()).isEqualTo("Marked \u201cSend Ada the slides\u201d done.");

        model.undo();
        assertThat(services.followUps().open()).extracting(FollowUpItem::followUp).containsExactly(slides.followUp());
        assertThat(model.undoMessage().get()).isEmpty();
        model.undo();
        assertThat(services.followUps().open()).hasSize(1);

        model.snooze(only(), TODAY.plusDays(1));
        assertThat(model.undoMessage().get()).startsWith("Snoozed \u201cSend Ada the slides\u201d until ");
        model.undo();
        assertThat(only().followUp().due()).isEqualTo(TODAY);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void deletingAsksFirstAndNoKeepsIt() {
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY);

        dialogs.confirms(false);
        model.delete(only());
        assertThat(services.followUps().open()).hasSize(1);

        dialogs.confirms(true);
        model.delete(only());
        assertThat(services.followUps().open()).isEmpty();
        assertThat(dialogs.asked).containsExactly("Delete this follow-up?", "Delete this follow-up?");
    }

    @Test
    void snoozingAsksUntilWhen() {
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY);

        dialogs.picksDate(TODAY.plusDays(5));
        model.pickSnoozeDate(only());

        assertThat(services.followUps().open()).singleElement()
                .satisfies(item -> assertThat(item.followUp().due()).isEqualTo(TODAY.plusDays(5)));
        assertThat(model.dueCountProperty().get()).isZero();
    }

    @Test
    void theCalendarExportAsksWhereAndSaysWhatItWrote() {
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY);
        Path file = dir.resolve("follow-ups.ics");

        dialogs.picksFile(file);
        model.exportCalendar();

        assertThat(file).exists();
        assertThat(model.exportStatusProperty().get())
                .startsWith("Exported 1 follow-up, 0 birthdays and 0 other important dates to ");
    }
}
