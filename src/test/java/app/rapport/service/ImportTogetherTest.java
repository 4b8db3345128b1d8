package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.interchange.download.Download;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.store.Touched;
import app.rapport.store.WriteListener;

/** Contact files and downloads imported together (the command line): one transaction, all of it or nothing. */
class ImportTogetherTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @Test
    void theFilesContactsAndTheDownloadsLandInOneTransactionAndTheDownloadsMatchThoseContacts() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        fixture.store.addWriteListener(listener(writes));
        ImportPlan contacts = contactPlan();
        Download calendar = calendar();

        DownloadImportService.Together together = fixture.services.downloads().importTogether(
                fixture.services.imports(), contacts, calendar, DownloadImportService.likelyOwnAddresses(calendar),
                WorkProgress.NONE);

        assertThat(writes).as("committed writing transactions").hasValue(1);
        assertThat(together.contacts().created()).isEqualTo(1);
        assertThat(together.plan().unmatched()).extracting(DownloadPlan.Person::shown)
                .doesNotContain("ada@example.com");
        assertThat(together.downloads().interactions()).isPositive();
    }

    @Test
    void whenTheDownloadsPartStopsTheFilesContactsAreNotWrittenEither() throws Exception {
        ImportPlan contacts = contactPlan();
        Download calendar = calendar();
        // Cancel comes once the contacts' part has reported all its work done: in the downloads' part.
        WorkProgress cancelAfterContacts = new WorkProgress() {
            private boolean contactsDone;

            @Override
            public void worked(String step, long done, long total) {
                contactsDone |= done == total;
            }

            @Override
            public boolean isCancelled() {
                return contactsDone;
            }
        };

        assertThatThrownBy(() -> fixture.services.downloads().importTogether(fixture.services.imports(), contacts,
                calendar, DownloadImportService.likelyOwnAddresses(calendar), cancelAfterContacts))
                .isInstanceOf(WorkCancelledException.class);

        List<Contact> contactsAfter = fixture.store.transact(tx -> tx.contacts().allFull());
        List<Interaction> interactionsAfter = fixture.store.transact(tx -> tx.interactions().all());
        assertThat(contactsAfter).isEmpty();
        assertThat(interactionsAfter).isEmpty();
    }

    private ImportPlan contactPlan() throws Exception {
        Path card = Files.writeString(fixture.scratch().resolve("ada.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ada Lovelace
                EMAIL:ada@example.com
                END:VCARD
                """);
        return fixture.services.imports().plan(fixture.services.imports().read(List.of(card)));
    }

    private Download calendar() throws Exception {
        return fixture.services.downloads().read(List.of(DownloadFixtures.folder("calendars").resolve("google.ics")));
    }

    private static WriteListener listener(AtomicInteger writes) {
        return new WriteListener() {
            @Override
            public void transactionEnded(boolean committedWrite, Touched touched) {
                if (committedWrite) {
                    writes.incrementAndGet();
                }
            }

            @Override
            public void replaced() {
            }
        };
    }
}
