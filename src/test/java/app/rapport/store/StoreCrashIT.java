package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;

/**
 * Crash safety: a child process writes to the real store through its repositories and is killed with SIGKILL
 * at a random moment, round after round on the same folder. After every kill the store must open, hold every
 * transaction the writer reported committed, and hold each transaction whole or not at all. The figures of the
 * run go to {@code target/crash-safety.txt}; docs/crash-safety.md quotes one run.
 */
class StoreCrashIT {

    private static final int ROUNDS = Integer.getInteger("rapport.crash.rounds", 50);
    // One round in this many kills the writer without waiting for it to open the store, so that some kills land
    // while H2 recovers from the previous one or Flyway checks the schema.
    private static final int KILL_WHILE_OPENING_EVERY = 5;
    private static final int MAX_WAIT_AFTER_OPEN_MS = 700;
    private static final int MAX_WAIT_FROM_START_MS = 1_500;

    @TempDir
    Path dir;

    private static final Path CDS_ARCHIVE = Path.of("target", "crash-writer.jsa").toAbsolutePath();

    private final Path results = Path.of("target", "crash-safety.txt");
    private String classPath;

    @Test
    void everyReportedCommitSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        long seed = Long.getLong("rapport.crash.seed", System.nanoTime());
        System.out.println("StoreCrashIT seed " + seed + " (re-run with -Drapport.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path writerLog = dir.resolve("writer.log");
        Instant started = Instant.now();
        warmUp();

        long verified = 0;
        int killsWhileWriting = 0;
        int killsWhileOpening = 0;
        int commitsNotYetReported = 0;
        long reportedTotal = 0;
        long startingNanos = 0;
        long verifyingNanos = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Writer writer = Writer.start(classPath, data, writerLog);
            boolean waitForOpen = round % KILL_WHILE_OPENING_EVERY != 0;
            long expectedNext = verified + 1;
            long roundStart = System.nanoTime();
            if (waitForOpen) {
                assertThat(writer.awaitOpen()).as("round %d: the writer opens the store (log: %s)", round,
                        log(writerLog)).isTrue();
                startingNanos += System.nanoTime() - roundStart;
                Thread.sleep(random.nextInt(MAX_WAIT_AFTER_OPEN_MS));
            } else {
                Thread.sleep(random.nextInt(MAX_WAIT_FROM_START_MS));
            }
            List<String> lines = writer.kill();
            if (!lines.isEmpty()) {
                assertThat(lines.getFirst()).as("round %d: the writer went on from the last verified commit", round)
                        .isEqualTo("open " + expectedNext);
                killsWhileWriting++;
            } else {
                killsWhileOpening++;
            }
            long lastReported = lines.stream().filter(l -> l.startsWith("committed "))
                    .mapToLong(l -> Long.parseLong(l.substring("committed ".length()))).max().orElse(verified);
            reportedTotal += lastReported - verified;

            long verifyStart = System.nanoTime();
            long last = verify(data, round);
            verifyingNanos += System.nanoTime() - verifyStart;
            assertThat(last).as("round %d: every commit the writer reported is there", round)
                    .isGreaterThanOrEqualTo(lastReported);
            assertThat(last).as("round %d: at most the one transaction in flight committed unreported (printed: %s;"
                            + " log: %s)", round, lines, log(writerLog))
                    .isLessThanOrEqualTo(lastReported + 1);
            if (last > lastReported) {
                commitsNotYetReported++;
            }
            verified = last;
        }
        Duration took = Duration.between(started, Instant.now());

        assertThat(killsWhileWriting).as("most kills land while the writer writes").isGreaterThan(ROUNDS / 2);
        assertThat(verified).as("the writer got real work done").isGreaterThan(ROUNDS);
        System.out.printf("writer start to open, average %d ms; reopen and verify, average %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(startingNanos) / Math.max(1, killsWhileWriting),
                TimeUnit.NANOSECONDS.toMillis(verifyingNanos) / ROUNDS);
        writeResults(seed, took, killsWhileWriting, killsWhileOpening, reportedTotal, commitsNotYetReported, verified);
    }

    /** One run that ends normally, so that the JVM writes the class-data archive the killed rounds start from. */
    private void warmUp() throws Exception {
        classPath = jarredClassPath();
        Writer writer = Writer.start(classPath, dir.resolve("warm-up"), dir.resolve("warm-up.log"), "20");
        assertThat(writer.process.waitFor(120, TimeUnit.SECONDS)).as("the warm-up writer ends").isTrue();
        assertThat(writer.lines()).as("the warm-up writer (log: %s)", log(dir.resolve("warm-up.log")))
                .endsWith("committed 20");
    }

    /** Opens the store as the app would and checks every transaction is there whole; returns the newest one. */
    private static long verify(Path data, int round) {
        try (Store store = Store.open(data)) {
            return store.transact(tx -> {
                long last = tx.settings().get(CrashWriterMain.LAST).map(Long::parseLong).orElse(0L);
                List<Contact> contacts = tx.contacts().allFull();
                Map<Long, List<Interaction>> interactions = tx.interactions().all().stream()
                        .collect(Collectors.groupingBy(Interaction::contactId));
                Map<Long, List<Link>> links = tx.links().all().stream()
                        .collect(Collectors.groupingBy(Link::contactId));

                assertThat(contacts).as("round %d: one contact per committed transaction", round).hasSize((int) last);
                assertThat(contacts.stream().map(Contact::displayName).collect(Collectors.toSet()))
                        .as("round %d: contacts crash-1 to crash-%d, each once", round, last)
                        .hasSize((int) last)
                        .allMatch(name -> {
                            long n = Long.parseLong(name.substring(CrashWriterMain.NAME_PREFIX.length()));
                            return n >= 1 && n <= last;
                        });
                for (Contact contact : contacts) {
                    long n = Long.parseLong(contact.displayName().substring(CrashWriterMain.NAME_PREFIX.length()));
                    Contact expected = CrashWriterMain.contact(contact.id(), n, revision(n, last));
                    assertThat(contact).as("round %d: contact %s as its last committed edit left it", round, n)
                            .isEqualTo(expected);
                    assertThat(interactions.getOrDefault(contact.id(), List.of()))
                            .as("round %d: interactions of contact %s", round, n)
                            .hasSize(CrashWriterMain.INTERACTIONS);
                    assertThat(links.getOrDefault(contact.id(), List.of()))
                            .as("round %d: links of contact %s", round, n)
                            .extracting(Link::platformId, Link::state)
                            .containsExactlyInAnyOrderElementsOf(CrashWriterMain.PLATFORMS.stream()
                                    .map(p -> tuple(p, LinkState.CONNECTED)).toList());
                    assertThat(tx.links().history(contact.id())).as("round %d: link history of contact %s", round, n)
                            .hasSize(CrashWriterMain.PLATFORMS.size());
                }
                assertThat(interactions.keySet()).as("round %d: no interaction without its contact", round)
                        .isSubsetOf(contacts.stream().map(Contact::id).collect(Collectors.toSet()));
                assertThat(links.keySet()).as("round %d: no link without its contact", round)
                        .isSubsetOf(contacts.stream().map(Contact::id).collect(Collectors.toSet()));
                return last;
            });
        }
    }

    /** Transaction m edits contact m / 2, so contact n was last written by 2n + 1, 2n or itself. */
    private static long revision(long n, long last) {
        if (2 * n + 1 <= last) {
            return 2 * n + 1;
        }
        return 2 * n <= last ? 2 * n : n;
    }

    private void writeResults(long seed, Duration took, int killsWhileWriting, int killsWhileOpening,
                              long reportedTotal, int commitsNotYetReported, long verified) throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " processors, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        List<String> lines = new ArrayList<>(List.of(
                "rounds (SIGKILL each)            " + ROUNDS,
                "kills while writing              " + killsWhileWriting,
                "kills while opening the store    " + killsWhileOpening,
                "commits reported by the writer   " + reportedTotal,
                "commits found but not reported   " + commitsNotYetReported + " (killed between commit and report)",
                "transactions verified at the end " + verified
                        + " (each: 1 contact, 3 emails, 2 phones, 3 tags, 3 interactions, 2 links, 2 link changes,"
                        + " 1 edit of an older contact)",
                "lost or half-written             0",
                "seed                             " + seed,
                "time                             " + took.toSeconds() + " s",
                "machine                          " + machine));
        Files.createDirectories(results.getParent());
        Files.write(results, lines);
        lines.forEach(System.out::println);
    }

    /** This class path with each folder packed into a jar: the JVM archives classes from jars only. */
    private String jarredClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = dir.resolve("classes-" + entries.size() + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(path)) {
                // Folders get entries too: Flyway finds its migrations by asking for the folder.
                for (Path file : files.filter(f -> !f.equals(path)).toList()) {
                    String name = path.relativize(file).toString().replace(File.separatorChar, '/');
                    out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                    if (Files.isRegularFile(file)) {
                        Files.copy(file, out);
                    }
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String log(Path writerLog) {
        try {
            return Files.exists(writerLog) ? Files.readString(writerLog) : "(none)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writer process and the file it reports its progress in. */
    private record Writer(Process process, Path progress) {

        static Writer start(String classPath, Path data, Path log, String... stopAfter) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            Path progress = Files.createTempFile(log.getParent(), "progress-", ".txt");
            // A class-data archive shared by all rounds halves each round: starting the JVM and loading H2,
            // Flyway and jOOQ took most of it.
            List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xmx256m", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + CDS_ARCHIVE,
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath,
                    CrashWriterMain.class.getName(), data.toString(), progress.toString()));
            command.addAll(List.of(stopAfter));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Writer(process, progress);
        }

        List<String> lines() throws IOException {
            return Files.readAllLines(progress);
        }

        /** Waits until the writer has opened the store; false if it died or took a minute. */
        boolean awaitOpen() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (lines().stream().anyMatch(line -> line.startsWith("open "))) {
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(5);
            }
            return false;
        }

        /** SIGKILL on Linux and macOS: no shutdown hook, no close, no flush. Returns every line reported. */
        List<String> kill() throws InterruptedException, IOException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the writer dies").isTrue();
            return lines();
        }
    }
}
