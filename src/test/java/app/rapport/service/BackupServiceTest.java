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
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import app.rapport.interchange.backup.BackupZip;
import app.rapport.store.UnusableBackupException;

/** Backups and restores on a real H2 fixture.store. */
class BackupServiceTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30, 15);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.at(NOW);
    BackupService backups;

    /** Everything a user could have changed, read straight from the fixture.store. */
    record Snapshot(List<Contact> contacts, List<Interaction> interactions, List<Link> links,
                    List<LinkChange> history, List<FollowUp> followUps, List<Platform> platforms, Settings settings,
                    List<MessageTemplate> templates, String myName) {
    }

    @BeforeEach
    void open() {
        backups = fixture.services.backups();
    }

    static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    Snapshot snapshot() {
        String myName = fixture.services.rules().myName();
        return fixture.store.transact(tx -> new Snapshot(tx.contacts().allForRules(), tx.interactions().all(),
                tx.links().all(),
                tx.contacts().allForRules().stream().flatMap(c -> tx.links().history(c.id()).stream()).toList(),
                tx.followUps().all(), tx.platforms().all(), tx.settings().ruleSettings(), tx.templates().all(),
                myName));
    }

    void seed() {
        Contact ada = fixture.services.contacts().save(Contact.builder().displayName("Ada Lovelace")
                .givenName("Ada").familyName("Lovelace").organization("Engines").role("Analyst")
                .category(Category.PROFESSIONAL).relationship(Relationship.CLIENT)
                .emails(List.of("ada@example.com")).tags(List.of("math"))
                .notes("Notes with 'quotes', a ; and\na new line").howWeMet("Meetup")
                .metOn(LocalDate.of(2026, 10, 1)).vouchForThem("Brilliant").keepInTouchWeeks(4)
                .birthday(LocalDate.of(1815, 12, 10)).build());
        Contact chloe = fixture.services.contacts().save(Contact.named("Chloé Dubois", null));
        fixture.services.interactions().log(new Interaction(null, ada.id(), LocalDate.of(2026, 11, 2),
                InteractionKind.COFFEE_OR_MEAL, "Talked about looms"));
        fixture.services.links().changeState(chloe.id(), "linkedin", LinkState.REQUEST_RECEIVED);
        fixture.services.links().setHandle(chloe.id(), "linkedin", "https://www.linkedin.com/in/chloe");
        // Days of LinkedIn messages, kept in one row as a download's import keeps them.
        fixture.store.transactVoid(tx -> tx.interactions().insertMessageDays(Map.of(chloe.id(),
                List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 5))), "run-1"));
        fixture.services.rules().addPlatform("Mastodon", Sphere.PUBLIC);
        fixture.services.rules().saveMyName("Sam");
    }

    void changeEverything() {
        long adaId = fixture.services.contacts().summaries().stream()
                .filter(summary -> summary.displayName().equals("Ada Lovelace")).findFirst().orElseThrow().id();
        Contact ada = fixture.services.contacts().get(adaId);
        fixture.services.contacts().save(Contact.builder().id(ada.id()).displayName("Ada King").givenName("Ada")
                .familyName("King").category(Category.BOTH).relationship(Relationship.FRIEND).addedOn(ada.addedOn())
                .build());
        fixture.services.contacts().save(Contact.named("Zed New", null));
        fixture.services.rules().saveSettings(new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 5, 1, 1, 9));
        fixture.services.rules().saveMyName("Someone else");
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
        assertThat(Files.list(fixture.dataDir()).map(path -> path.getFileName().toString()))
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
        Contact added = fixture.services.contacts().save(Contact.named("After Restore", null));
        assertThat(seeded.contacts()).extracting(Contact::id).doesNotContain(added.id());

        backups.restore(restored.previousData());
        assertThat(snapshot()).isEqualTo(changed);
    }

    @Test
    void aBackupIsAZipOfTheScriptTheArchiveAndAReadme() throws IOException {
        seed();
        Path zip = backups.backup(null);

        assertThat(zip).isEqualTo(fixture.dataDir().resolve("backups").resolve("rapport-backup-2026-11-23-093015.zip"));
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
        Path file = fixture.dataDir().resolve("mine.zip");
        assertThat(backups.backup(file)).isEqualTo(file).exists();
        Path folder = fixture.dataDir().resolve("elsewhere");
        assertThat(folder.toFile().mkdir()).isTrue();
        assertThat(backups.backup(folder)).isEqualTo(folder.resolve("rapport-backup-2026-11-23-093015.zip")).exists();
    }

    @Test
    void aDamagedZipIsRefusedAndTheStoreIsUntouched() throws IOException {
        seed();
        Snapshot before = snapshot();
        Path good = backups.backup(fixture.dataDir().resolve("good.zip"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(fixture.dataDir().resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.writeString(fixture.dataDir().resolve("garbage.zip"), "this is not a zip");
        byte[] flipped = bytes.clone();
        flipped[60] ^= 0x55;
        Path corrupt = Files.write(fixture.dataDir().resolve("corrupt.zip"), flipped);

        for (Path bad : List.of(truncated, garbage, corrupt)) {
            assertThatThrownBy(() -> backups.restore(bad)).isInstanceOf(UnusableBackupException.class)
                    .hasMessageStartingWith(bad + " cannot be restored.")
                    .hasMessageEndingWith("Nothing was changed.");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertNothingButTheStoreAndBackupsIn(fixture.dataDir());
    }

    @Test
    void aZipWithoutRapportDataIsRefused() throws IOException {
        seed();
        Snapshot before = snapshot();
        Path noScript = zip("photos.zip", "holiday.txt", "sunny");
        Path notSql = zip("not-sql.zip", BackupZip.SCRIPT_ENTRY, "hello, this is not SQL;");
        Path otherDatabase = zip("other.zip", BackupZip.SCRIPT_ENTRY, "CREATE TABLE T(ID INT); INSERT INTO T VALUES(1);");

        assertThatThrownBy(() -> backups.restore(noScript)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("it has no rapport.sql");
        assertThatThrownBy(() -> backups.restore(notSql)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> backups.restore(otherDatabase)).isInstanceOf(UnusableBackupException.class)
                .hasMessageContaining("holds no Rapport data");
        assertThat(snapshot()).isEqualTo(before);
        assertNothingButTheStoreAndBackupsIn(fixture.dataDir());
    }

    @Test
    void aBackupCannotRunCodeOrWriteFiles() throws IOException {
        Path target = fixture.dataDir().resolve("written-by-the-backup.txt");
        Snapshot before = snapshot();
        Path hostile = zip("hostile.zip", BackupZip.SCRIPT_ENTRY,
                "CALL FILE_WRITE('pwned', '" + target.toString().replace("'", "''") + "');");
        Path alias = zip("alias.zip", BackupZip.SCRIPT_ENTRY,
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
        Path missing = fixture.dataDir().resolve("missing.zip");
        assertThatThrownBy(() -> backups.restore(missing)).isInstanceOf(UnusableBackupException.class)
                .hasMessage(missing + " does not exist or is not a file. Nothing was changed.");
    }

    @Test
    void automaticBackupsAreDailyAndOnlyTheNewestSevenAreKept() throws IOException {
        Path manual = backups.backup(null);
        for (int day = 1; day <= 10; day++) {
            BackupService thatDay = new BackupService(fixture.store, clockAt(LocalDateTime.of(2026, 11, day, 8, 0)));
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
        fixture.services.contacts().save(Contact.named("Later That Day", null));

        BackupService later = new BackupService(fixture.store, clockAt(NOW.plusHours(8)));
        assertThat(later.automaticDailyBackup()).isEmpty();
        assertThat(Files.readAllBytes(first)).isEqualTo(content);
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files).containsExactly(first);
        }
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = fixture.dataDir().resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aBackupSaysHowFarItGotInContacts() {
        seed();
        CancelAt watch = new CancelAt("nothing");

        backups.backup(null, watch);

        assertThat(watch.reports).first().isEqualTo("Backing up 0/0");
        assertThat(watch.reports).contains("Backing up 0/2").last().isEqualTo("Backing up 2/2");
    }

    @ParameterizedTest(name = "Cancel at \"{0}\"")
    @ValueSource(strings = {"Backing up 0/0", "Backing up 0/2"})
    void aCancelledBackupLeavesNoFile(String cancelAt) throws IOException {
        seed();
        Path backupsFolder = Files.createDirectories(backups.folder());

        assertThatThrownBy(() -> backups.backup(null, new CancelAt(cancelAt)))
                .isInstanceOf(WorkCancelledException.class)
                .hasMessage("The backup was cancelled. No file was written.");
        try (Stream<Path> files = Files.list(backupsFolder)) {
            assertThat(files).as("neither the zip nor its temporary file").isEmpty();
        }
    }

    @ParameterizedTest(name = "Cancel at \"{0}\"")
    @ValueSource(strings = {"Unpacking the backup", "Reading the backup",
            "Keeping a copy of your data as it is now 0/0", "Keeping a copy of your data as it is now 0/3"})
    void aCancelledRestoreChangesNothing(String cancelAt) throws IOException {
        seed();
        Path zip = backups.backup(fixture.scratch().resolve("backup.zip"));
        changeEverything();
        Snapshot before = snapshot();
        CancelAt watch = new CancelAt(cancelAt);

        assertThatThrownBy(() -> backups.restore(zip, null, watch)).isInstanceOf(WorkCancelledException.class)
                .hasMessage("The restore was cancelled. Nothing was changed.");

        assertThat(watch.reports).anyMatch(report -> report.startsWith(cancelAt));
        assertThat(snapshot()).isEqualTo(before);
        try (Stream<Path> files = Files.list(fixture.dataDir())) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no staging folder is left behind")
                    .noneMatch(name -> name.startsWith("restore-"));
        }
        if (Files.exists(backups.folder())) {
            assertThat(backups.folder()).as("no copy of the data kept, nor its temporary file").isEmptyDirectory();
        }
    }

    @Test
    void aRestoreSaysEachStepAndPastTheLastOneIsDone() {
        seed();
        Path zip = backups.backup(fixture.scratch().resolve("backup.zip"));
        CancelAt watch = new CancelAt("nothing");

        backups.restore(zip, null, watch);

        assertThat(watch.reports.stream().map(report -> report.substring(0, report.lastIndexOf(' '))).distinct())
                .containsExactly("Unpacking the backup", "Reading the backup",
                        "Keeping a copy of your data as it is now", "Putting the backup's data in place");
    }

    private static void assertNothingButTheStoreAndBackupsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no staging folder, extracted script or safety backup is left behind")
                    .allMatch(name -> !name.startsWith("restore-") && !name.equals("backups"));
        }
    }
}
