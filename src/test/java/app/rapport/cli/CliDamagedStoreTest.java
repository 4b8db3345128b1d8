package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.service.BackupService;
import app.rapport.store.DamagedStores;
import app.rapport.store.Store;

/** Commands on a data folder whose database file is damaged: a clear refusal, and a restore that works. */
class CliDamagedStoreTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... command) {
        return new Cli(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(command));
    }

    Path damagedWithBackup() throws Exception {
        DamagedStores.withContacts(dir, 4);
        Path backup;
        try (Store store = Store.open(dir)) {
            backup = new BackupService(store, Clock.systemDefaultZone()).backup(null);
        }
        DamagedStores.damage(dir, DamagedStores.Damage.RANDOM_BYTES);
        return backup;
    }

    @Test
    void aCommandOnADamagedStoreFailsNamingTheFileAndTheWayBack() throws Exception {
        damagedWithBackup();
        byte[] damaged = Files.readAllBytes(dir.resolve("rapport.mv.db"));

        assertThat(run("readiness")).isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("readiness: Rapport's data file " + dir.resolve("rapport.mv.db") + " is damaged")
                .contains("rapport restore <backup.zip>").contains(dir.resolve("backups").toString())
                .doesNotContain("Exception");
        assertThat(out.size()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("rapport.mv.db"))).isEqualTo(damaged);
    }

    @Test
    void restoreOnADamagedStoreKeepsTheDamagedFileAsideAndRestores() throws Exception {
        Path backup = damagedWithBackup();
        byte[] damaged = Files.readAllBytes(dir.resolve("rapport.mv.db"));

        assertThat(run("restore", backup.toString())).isEqualTo(Cli.OK);

        Path aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("rapport.mv.db.damaged-")).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored 4 contacts from " + backup)
                .contains("The damaged data file it replaced is kept as " + aside);
        try (Store store = Store.open(dir)) {
            assertThat(store.transact(tx -> tx.contacts().allForRules()).size()).isEqualTo(4);
        }
    }
}
