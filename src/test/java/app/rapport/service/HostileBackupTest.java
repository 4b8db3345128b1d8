package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Relationship;
import app.rapport.interchange.backup.BackupZip;
import app.rapport.store.UnusableBackupException;

/** A backup made to hurt is refused quickly, whole, and leaves nothing behind in the data folder. */
class HostileBackupTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    List<String> restoreFolders() throws IOException {
        try (Stream<Path> files = Files.list(fixture.dataDir())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("restore-"))
                    .toList();
        }
    }

    @Test
    void aScriptOfAGigabyteOfBlanksIsRefusedInSecondsAndLeavesNoScratchFolder() throws Exception {
        fixture.services.contacts().save(Contact.named("Ada Lovelace", null));
        Path bomb = HostileBackups.blankScript(fixture.scratch().resolve("bomb.zip"), HostileBackups.ONE_GB);
        assertThat(Files.size(bomb)).as("the bomb is small packed").isLessThan(8L << 20);

        Instant start = Instant.now();
        assertThatThrownBy(() -> fixture.services.backups().restore(bomb))
                .isInstanceOf(UnusableBackupException.class)
                .hasMessage(bomb + " cannot be restored. rapport.sql unpacks to more than 100 times its packed "
                        + "size, which no Rapport backup does: it is not a real backup. Nothing was changed.");
        assertThat(Duration.between(start, Instant.now())).as("refused within seconds")
                .isLessThan(Duration.ofSeconds(10));

        assertThat(restoreFolders()).isEmpty();
        assertThat(fixture.services.contacts().summaries()).extracting(summary -> summary.displayName())
                .containsExactly("Ada Lovelace");
    }

    @Test
    void leftoverRestoreFoldersOfAKilledProcessAreClearedWhenTheStoreOpens() throws Exception {
        Path leftover = Files.createDirectories(fixture.dataDir().resolve("restore-7421938"));
        Files.writeString(leftover.resolve("restore.sql.sealed"), "half of a script");
        Path unrelated = Files.createDirectories(fixture.dataDir().resolve("restored-by-hand"));

        fixture.reopen();

        assertThat(restoreFolders()).isEmpty();
        assertThat(unrelated).as("only the scratch folders' own names").exists();
    }

    @Test
    void aRealBackupPacksFarBelowTheRatioThatRefusesABomb() throws Exception {
        int people = 1_000;
        fixture.store.transactVoid(tx -> IntStream.range(0, people).forEach(i -> {
            long id = tx.contacts().insert(Contact.builder().displayName("Person " + i).givenName("Person")
                    .familyName("Number " + i).organization("Company " + (i % 37)).role("Role " + (i % 11))
                    .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE)
                    .emails(List.of("person" + i + "@example.com")).tags(List.of("tag" + (i % 5)))
                    .notes("Met at event " + i + "; talked about project " + (i * 7)).addedOn(ServiceFixture.TODAY)
                    .build());
            for (int n = 0; n < 5; n++) {
                tx.interactions().insert(new Interaction(null, id, ServiceFixture.TODAY.minusDays((i + n * 13) % 400),
                        InteractionKind.EMAIL, "Followed up on " + i + " about " + n));
            }
        }));
        Path backup = fixture.services.backups().backup(fixture.scratch().resolve("real.zip"));

        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry script = zip.getEntry(BackupZip.SCRIPT_ENTRY);
            long ratio = script.getSize() / script.getCompressedSize();
            assertThat(ratio).as("%d bytes of SQL per contact, packed %d:1", script.getSize() / people, ratio)
                    .isLessThan(BackupZip.MAX_RATIO / 5);
        }
    }
}
