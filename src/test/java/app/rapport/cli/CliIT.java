package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.service.HostileBackups;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * The packaged jar, run as a user runs it: {@code java -jar target/rapport.jar ...} in a child JVM, on a store
 * seeded from this JVM and closed again before the jar runs.
 */
class CliIT {

    static final Path JAR = Path.of(System.getProperty("rapport.jar", "target/rapport.jar")).toAbsolutePath();
    static final LocalDate SEEDED = LocalDate.of(2026, 11, 20);
    static final String N = System.lineSeparator();

    @TempDir
    Path dir;
    Path data;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void folders() {
        data = dir.resolve("data");
    }

    /** Runs the jar with {@code --data-dir} on the test's folder. */
    Run rapport(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return jar(all);
    }

    static Run jar(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-jar", JAR.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Store openStore() {
        return Store.open(data);
    }

    static Services servicesAt(Store store, LocalDate day) {
        return Services.over(store, Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /**
     * Ada (a client met for coffee, with a 4-week cadence and a birthday), Bob (undecided, his name made to
     * trip spreadsheets and CSV quoting), Chloé (a friend whose LinkedIn request waits), an archived contact
     * and a hidden platform, which no report shows.
     */
    void seed() {
        try (Store store = openStore()) {
            Services services = servicesAt(store, SEEDED);
            Contact ada = services.contacts().save(Contact.builder().displayName("Ada Lovelace").givenName("Ada")
                    .familyName("Lovelace").organization("Engines").role("Analyst").category(Category.PROFESSIONAL)
                    .relationship(Relationship.CLIENT).vouchForThem("Brilliant analyst").keepInTouchWeeks(4)
                    .birthday(LocalDate.of(1815, 12, 10)).build());
            services.interactions().log(new Interaction(null, ada.id(), LocalDate.of(2026, 11, 2),
                    InteractionKind.COFFEE_OR_MEAL, "Looms"));
            services.contacts().save(Contact.named("=Bob, \"the builder\"", null));
            Contact chloe = services.contacts().save(Contact.builder().displayName("Chloé Dubois")
                    .category(Category.PERSONAL).relationship(Relationship.FRIEND).build());
            services.links().changeState(chloe.id(), "linkedin", LinkState.REQUEST_RECEIVED);
            Contact gone = services.contacts().save(Contact.named("Archived Person", null));
            services.contacts().archive(gone.id());
            Platform instagram = services.rules().platforms().stream()
                    .filter(platform -> platform.id().equals("instagram")).findFirst().orElseThrow();
            services.rules().updatePlatform(new Platform(instagram.id(), instagram.name(), instagram.sphere(),
                    instagram.position(), true));
        }
    }

    List<FollowUp> storedFollowUps() {
        try (Store store = openStore()) {
            return store.transact(tx -> tx.followUps().all());
        }
    }

    @Test
    void versionPrintsTheVersionWithoutAWindow() throws Exception {
        Run run = jar(List.of("--version"));
        assertThat(run).isEqualTo(new Run(0, "Rapport " + System.getProperty("rapport.version") + N, ""));
    }

    @Test
    void readinessIsOneCsvRowPerActiveContactAndVisiblePlatform() throws Exception {
        seed();
        Run run = rapport("readiness", "--as-of", "2026-11-23");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                contact,platform,verdict,next_step\r
                Ada Lovelace,LinkedIn,READY,Send Ada Lovelace a personalized LinkedIn invitation that recalls how you \
                know each other.\r
                Ada Lovelace,Facebook,KEEP_APART,Do not connect with Ada Lovelace on Facebook: keep your personal posts \
                out of your professional relationship.\r
                Ada Lovelace,X/Twitter,READY,Follow Ada Lovelace on X/Twitter if you would like to meet them.\r
                Ada Lovelace,Business page,READY,Invite Ada Lovelace to like your Business page.\r
                "'=Bob, ""the builder\"\"\",LinkedIn,GET_TO_KNOW_FIRST,"Invite =Bob, ""the builder"" for coffee or a \
                call before connecting on LinkedIn, and learn enough about their work to vouch for it."\r
                "'=Bob, ""the builder\"\"\",Facebook,DECIDE_CATEGORY,"Decide where =Bob, ""the builder"" belongs. \
                Would you invite this person over for a barbecue or meet them for a business lunch?"\r
                "'=Bob, ""the builder\"\"\",X/Twitter,READY,"Follow =Bob, ""the builder"" on X/Twitter if you would \
                like to meet them."\r
                "'=Bob, ""the builder\"\"\",Business page,READY,"Invite =Bob, ""the builder"" to like your Business \
                page."\r
                Chloé Dubois,LinkedIn,GET_TO_KNOW_FIRST,"Next time you see Chloé Dubois, ask about their work and log \
                the talk; then write down what you would say about it, before answering their LinkedIn request."\r
                Chloé Dubois,Facebook,READY,Connect with Chloé Dubois on Facebook whenever you like.\r
                Chloé Dubois,X/Twitter,READY,Follow Chloé Dubois on X/Twitter if you would like to meet them.\r
                Chloé Dubois,Business page,READY,Invite Chloé Dubois to like your Business page.\r
                """);
    }

    @Test
    void readinessAsATableIsAlignedForPeople() throws Exception {
        seed();
        Run run = rapport("readiness", "--as-of", "2026-11-23", "--format", "table");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).startsWith(
                "contact              platform       verdict            next_step",
                "-------------------  -------------  -----------------  " + "-".repeat(156),
                "Ada Lovelace         LinkedIn       READY              Send Ada Lovelace a personalized LinkedIn "
                        + "invitation that recalls how you know each other.",
                "Ada Lovelace         Facebook       KEEP_APART         Do not connect with Ada Lovelace on Facebook: "
                        + "keep your personal posts out of your professional relationship.")
                .contains("=Bob, \"the builder\"  Facebook       DECIDE_CATEGORY    Decide where =Bob, \"the builder\" "
                        + "belongs. Would you invite this person over for a barbecue or meet them for a business lunch?")
                .hasSize(2 + 12);
    }

    @Test
    void followUpsDependOnTheDayAskedAboutAndTheStoredQueueStaysAsItWas() throws Exception {
        seed();
        List<FollowUp> stored = storedFollowUps();

        Run now = rapport("followups", "--as-of", "2026-11-23");
        Run later = rapport("followups", "--as-of=2026-12-01");

        assertThat(now).isEqualTo(new Run(0, """
                contact,platform,rule,due,title\r
                Chloé Dubois,LinkedIn,F1,2026-11-27,Meet Chloé Dubois for coffee or a call before answering their \
                LinkedIn request\r
                """, ""));
        assertThat(later).as("Ada's 4-week cadence has passed, and Bob has waited a week for a category")
                .isEqualTo(new Run(0, """
                contact,platform,rule,due,title\r
                Chloé Dubois,LinkedIn,F1,2026-11-27,Meet Chloé Dubois for coffee or a call before answering their \
                LinkedIn request\r
                "'=Bob, ""the builder\"\"\",,F6,2026-11-27,"Decide: barbecue or business lunch with =Bob, ""the \
                builder""?"\r
                Ada Lovelace,,F4,2026-11-30,Catch up with Ada Lovelace\r
                """, ""));
        assertThat(storedFollowUps()).isEqualTo(stored);
    }

    @Test
    void aSecondRapportIsRefusedWhileTheStoreIsOpen() throws Exception {
        seed();
        try (Store window = openStore()) {
            Run run = rapport("readiness");
            assertThat(run).isEqualTo(new Run(1, "", "readiness: Rapport is already open on " + window.dataDir()
                    + ". Close its window, then run the command again." + N));
        }
        assertThat(rapport("readiness").status()).as("free again once the window is closed").isZero();
    }

    @Test
    void badInputExitsWithTwoAndSaysWhatIsWrong() throws Exception {
        Run unknown = rapport("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).startsWith("rapport: unknown command frobnicate" + N + "usage: rapport");

        assertThat(rapport("readiness", "--as-of", "1 Dec 2026"))
                .isEqualTo(new Run(2, "", "readiness: --as-of needs a date like 2026-12-01, not 1 Dec 2026" + N));
        assertThat(rapport("followups", "--colour"))
                .isEqualTo(new Run(2, "", "followups: unknown option --colour" + N));
        assertThat(rapport("export", dir.resolve("contacts.xyz").toString()))
                .isEqualTo(new Run(2, "", "export: unsupported format for contacts.xyz (end the name with "
                        + ".rapport.json, .vcf, .csv, .ics)" + N));
        Path missing = dir.resolve("missing.zip");
        assertThat(rapport("restore", missing.toString()))
                .isEqualTo(new Run(2, "", "restore: no such file " + missing + N));
        assertThat(jar(List.of("--data-dir"))).satisfies(run -> {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapport: --data-dir needs a folder" + N);
        });
        assertThat(data).as("bad input never creates a store").doesNotExist();
    }

    @Test
    void anUnreadableFileStopsTheWholeImport() throws Exception {
        Path good = dir.resolve("contacts.vcf");
        Files.writeString(good, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n");
        Path bad = dir.resolve("photo.csv");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Run refused = rapport("import", good.toString(), bad.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("import: photo.csv: ").endsWith("(nothing was imported)" + N);
        Run readiness = rapport("readiness");
        assertThat(readiness.out()).as("nothing of the good file either").doesNotContain("Ada Lovelace");
        assertThat(rapport("import", good.toString()).out()).startsWith("Imported 1 new, merged 0");
    }

    @Test
    void importThenExportAnArchiveThroughTheJar() throws Exception {
        Path connections = Path.of(CliIT.class.getResource("/interchange/linkedin-2024/Connections.csv").toURI());
        Run imported = rapport("import", connections.toString());
        assertThat(imported.status()).isEqualTo(0);
        assertThat(imported.out()).startsWith("Imported ");
        assertThat(imported.err()).contains("import: skipped Connections.csv: 2 rows: no name (lines 7, 12)");
        Path archive = dir.resolve("all.rapport.json");
        Run exported = rapport("export", archive.toString());
        assertThat(exported.status()).isEqualTo(0);
        assertThat(Files.readString(archive)).contains("rapport-archive").contains("Ada");
        Run again = rapport("import", archive.toString());
        assertThat(again.out()).as("our own archive merges, never doubles").startsWith("Imported 0 new");
    }

    @Test
    void exportWritesACalendarThatParsesBack() throws Exception {
        seed();
        Path file = dir.resolve("rapport.ics");

        Run run = rapport("export", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(calendar.getTodos()).isNotEmpty();
        int todos = calendar.getTodos().size();
        assertThat(run.out()).isEqualTo("Wrote " + todos + (todos == 1 ? " follow-up" : " follow-ups")
                + " and 1 birthday to " + file + N);
    }

    @Test
    void backupThenRestoreBringsTheDataBack() throws Exception {
        seed();
        Path zip = dir.resolve("before.zip");
        assertThat(rapport("backup", zip.toString())).isEqualTo(new Run(0, zip + N, ""));
        try (Store store = openStore()) {
            servicesAt(store, SEEDED).contacts().save(Contact.named("Added After The Backup", null));
        }

        Run restored = rapport("restore", zip.toString());

        assertThat(restored.err()).isEmpty();
        assertThat(restored.status()).isZero();
        assertThat(restored.out()).startsWith("Restored 4 contacts from " + zip + " into " + data + "." + N
                + "The data it replaced is saved in " + data.resolve("backups").resolve("before-restore-"));
        try (Store store = openStore()) {
            List<Contact> contacts = store.transact(tx -> tx.contacts().allFull());
            assertThat(contacts).extracting(Contact::displayName).containsExactlyInAnyOrder(
                    "Ada Lovelace", "=Bob, \"the builder\"", "Chloé Dubois", "Archived Person");
        }
    }

    @Test
    void aBackupWithoutAFileGoesToTheBackupsFolder() throws Exception {
        seed();
        Run run = rapport("backup");
        assertThat(run.status()).isZero();
        assertThat(Path.of(run.out().strip())).exists().hasParent(data.resolve("backups"));
    }

    @Test
    void aDamagedBackupIsRefusedWithTwo() throws Exception {
        seed();
        Path damaged = Files.writeString(dir.resolve("damaged.zip"), "not a zip at all");
        Run run = rapport("restore", damaged.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("restore: " + damaged + " cannot be restored.")
                .endsWith("Nothing was changed." + N);
    }

    @Test
    void aBackupThatUnpacksToAGigabyteIsRefusedWithTwoInSecondsAndLeavesNoScratchFolder() throws Exception {
        seed();
        Path bomb = HostileBackups.blankScript(dir.resolve("bomb.zip"), HostileBackups.ONE_GB);
        long start = System.nanoTime();
        Run run = rapport("restore", bomb.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused within seconds, JVM start included")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(run).isEqualTo(new Run(2, "", "restore: " + bomb + " cannot be restored. rapport.sql unpacks to "
                + "more than 100 times its packed size, which no Rapport backup does: it is not a real backup. "
                + "Nothing was changed." + N));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).noneMatch(file -> file.getFileName().toString().startsWith("restore-"));
        }
    }
}
