package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;
import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;
import app.rapport.store.Store;
import app.rapport.store.UnusableBackupException;

/** Backups and restores on a real H2 store. */
class BackupServiceTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30, 15);

    @TempDir
    Path dir;
    Store store;
    Services services;
    BackupService backups;

    /** Everything a user could have changed, read straight from the store. */
    record Snapshot(List<Contact> contacts, List<Interaction> interactions, List<Link> links,
                    List<LinkChange> history, List<FollowUp> followUps, List<Platform> platforms, Settings settings,
                    List<MessageTemplate> templates, String myName) {
    }

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, clockAt(NOW));
        backups = services.backups();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    Snapshot snapshot() {
        String myName = services.rules().myName();
        return store.transact(tx -> new Snapshot(tx.contacts().allForRules(), tx.interactions().all(),
                tx.links().all(),
                tx.contacts().allForRules().stream().flatMap(c -> tx.links().history(c.id()).stream()).toList(),
                tx.followUps().all(), tx.platforms().all(), tx.settings().ruleSettings(), tx.templates().all(),
                myName));
    }

    void seed() {
        Contact ada = services.contacts().save(new Contact(null, "Ada Lovelace", "Ada", "Lovelace", "Engines",
                "Analyst", Category.PROFESSIONAL, Relationship.CLIENT, List.of("ada@example.com"), List.of(),
                List.of("math"), "Notes with 'quotes', a ; and\na new line", "Meetup", LocalDate.of(2026, 10, 1),
                null, "Brilliant", "", 4, LocalDate.of(1815, 12, 10), false));
        Contact chloe = services.contacts().save(Contact.named("Chloé Dubois", null));
        services.interactions().log(new Interaction(null, ada.id(), LocalDate.of(2026, 11, 2),
                InteractionKind.COFFEE_OR_MEAL, "Talked about looms"));
        services.links().changeState(chloe.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        services.links().setHandle(chloe.id(), "linkedin", "https://www.linkedin.com/in/chloe");
        services.rules().addPlatform("Mastodon", Sphere.PUBLIC);
        services.rules().saveMyName("Sam");
    }

    void changeEverything() {
        long adaId = services.contacts().summaries().stream()
                .filter(summary -> summary.displayName().equals("Ada Lovelace")).findFirst().orElseThrow().id();
        Contact ada = services.contacts().get(adaId);
        services.contacts().save(new Contact(ada.id(), "Ada King", "Ada", "King", "", "", Category.BOTH,
                Relationship.FRIEND, List.of(), List.of(), List.of(), "", "", null, ada.addedOn(), "", "", null, null,
                false));
        services.contacts().save(Contact.named("Zed New", null));
        services.rules().saveSettings(new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 5, 1, 1, 9));
        services.rules().saveMyName("Someone else");
    }

    @Test
    void restoreBringsBackExactlyTheBackedUpState() throws IOException {
        seed();
        Snapshot before = snapshot();
        Path zip = backups.backup(null);

        changeEverything();
        assertThat(snapshot()).isNotEqualTo(before);
        BackupService.Restored restored = backups.restore(zip);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(restored.backup()).isEqualTo(zip);
        assertThat(restored.contacts()).isEqualTo(2);
        assertThat(restored.previousData()).exists().hasFileName("before-restore-2026-11-23-093015.zip");
        assertThat(Files.list(dir).map(path -> path.getFileName().toString()))
                .as("no staging folder or extracted script is left behind")
                .containsExactlyInAnyOrder("rapport.mv.db", "rapport.instance.lock", "backups");
    }

    @Test
    void theRestoredStoreKeepsWorkingAndTheReplacedDataCanBeRestoredInTurn() {
        seed();
        Snapshot seeded = snapshot();
        Path zip = backups.backup(null);
        changeEverything();
        Snapshot changed = snapshot();

        BackupService.Restored restored = backups.restore(zip);
        Contact added = services.contacts().save(Contact.named("After Restore", null));
        assertThat(seeded.contacts()).extracting(Contact::id).doesNotContain(added.id());

        backups.restore(restored.previousData());
        assertThat(snapshot()).isEqualTo(changed);
    }

    @Test
    void aBackupIsAZipOfTheScriptTheArchiveAndAReadme() throws IOException {
        seed();
        Path zip = backups.backup(null);

        assertThat(zip).isEqualTo(dir.resolve("backups").resolve("rapport-backup-2026-11-23-093015.zip"));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName))
                    .containsExactly("rapport.sql", "rapport.rapport.json", "README.txt");
            String archive = new String(file.getInputStream(file.getEntry("rapport.rapport.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(archive).contains("rapport-archive");
            String script = new String(file.getInputStream(file.getEntry("rapport.sql")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(script).contains("CREATE", "INSERT INTO", "flyway_schema_history");
            String readme = new String(file.getInputStream(file.getEntry("README.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(readme).contains("2026-11-23 09:30:15", "restore", "rapport.sql");
        }
        assertThat(Files.list(zip.getParent())).as("no temporary file is left beside it").containsExactly(zip);
    }

    @Test
    void aBackupGoesToTheFileOrIntoTheFolderItIsGiven() {
        Path file = dir.resolve("mine.zip");
        assertThat(backups.backup(file)).isEqualTo(file).exists();
        Path folder = dir.resolve("elsewhere");
        assertThat(folder.toFile().mkdir()).isTrue();
        assertThat(backups.backup(folder)).isEqualTo(folder.resolve("rapport-backup-2026-11-23-093015.zip")).exists();
    }

    @Test
    void aDamagedZipIsRefusedAndTheStoreIsUntouched() throws IOException {
        seed();
        Snapshot before = snapshot();
        Path good = backups.backup(dir.resolve("good.zip"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "this is not a zip");
        byte[] flipped = bytes.clone();
        flipped[60] ^= 0x55;
        Path corrupt = Files.write(dir.resolve("corrupt.zip"), flipped);

        for (Path bad : List.of(truncated, garbage, corrupt)) {
            assertThatThrownBy(() -> backups.restore(bad)).isInstanceOf(UnusableBackupException.class)
                    .hasMessageStartingWith(bad + " cannot be restored.")
                    .hasMessageEndingWith("Nothing was changed.");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertNothingButTheStoreAndBackupsIn(dir);
    }

    @Test
    void aZipWithoutRapportDataIsRefused() throws IOException {
        seed();
        Snapshot before = snapshot();
        Path noScript = zip("photos.zip", "holiday.txt", "sunny");
        Path notSql = zip("not-sql.zip", BackupService.SCRIPT_ENTRY, "hello, this is not SQL;");
        Path otherDatabase = zip("other.zip", BackupService.SCRIPT_ENTRY, "CREATE TABLE T(ID INT); INSERT INTO T VALUES(1);");

        assertThatThrownBy(() -> backups.restore(noScript)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("it has no rapport.sql");
        assertThatThrownBy(() -> backups.restore(notSql)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> backups.restore(otherDatabase)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("holds no Rapport data");
        assertThat(snapshot()).isEqualTo(before);
        assertNothingButTheStoreAndBackupsIn(dir);
    }

    @Test
    void aBackupCannotRunCodeOrWriteFiles() throws IOException {
        Path target = dir.resolve("written-by-the-backup.txt");
        Snapshot before = snapshot();
        Path hostile = zip("hostile.zip", BackupService.SCRIPT_ENTRY,
                "CALL FILE_WRITE('pwned', '" + target.toString().replace("'", "''") + "');");
        Path alias = zip("alias.zip", BackupService.SCRIPT_ENTRY,
                "CREATE ALIAS SHELL FOR 'java.lang.Runtime.getRuntime';");

        assertThatThrownBy(() -> backups.restore(hostile)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("Admin rights");
        assertThatThrownBy(() -> backups.restore(alias)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("Admin rights");
        assertThat(target).doesNotExist();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = dir.resolve("missing.zip");
        assertThatThrownBy(() -> backups.restore(missing)).isInstanceOf(UnusableBackupException.class)
                .hasMessage(missing + " does not exist or is not a file. Nothing was changed.");
    }

    @Test
    void automaticBackupsAreDailyAndOnlyTheNewestSevenAreKept() throws IOException {
        Path manual = backups.backup(null);
        for (int day = 1; day <= 10; day++) {
            BackupService thatDay = new BackupService(store, clockAt(LocalDateTime.of(2026, 11, day, 8, 0)));
            assertThat(thatDay.automaticDailyBackup()).contains(backups.folder().resolve(
                    "auto-2026-11-%02d.zip".formatted(day)));
        }

        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    manual.getFileName().toString(), "auto-2026-11-04.zip", "auto-2026-11-05.zip",
                    "auto-2026-11-06.zip", "auto-2026-11-07.zip", "auto-2026-11-08.zip", "auto-2026-11-09.zip",
                    "auto-2026-11-10.zip");
        }
    }

    @Test
    void aSecondAutomaticBackupOnTheSameDayIsNotWritten() throws IOException {
        Path first = backups.automaticDailyBackup().orElseThrow();
        byte[] content = Files.readAllBytes(first);
        services.contacts().save(Contact.named("Later That Day", null));

        BackupService later = new BackupService(store, clockAt(NOW.plusHours(8)));
        assertThat(later.automaticDailyBackup()).isEmpty();
        assertThat(Files.readAllBytes(first)).isEqualTo(content);
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files).containsExactly(first);
        }
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void assertNothingButTheStoreAndBackupsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no staging folder, extracted script or safety backup is left behind")
                    .allMatch(name -> !name.startsWith("restore-") && !name.equals("backups"));
        }
    }
}
