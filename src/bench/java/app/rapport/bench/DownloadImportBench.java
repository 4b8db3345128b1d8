package app.rapport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.service.DownloadImportService;
import app.rapport.service.DownloadPlan;
import app.rapport.service.WorkProgress;
import app.rapport.store.Store;

/**
 * Downloads into the 30,000-contact store: a Facebook download of 3,000 friends (half of them contacts already,
 * half new people) and a LinkedIn messages.csv of 200,000 rows with the owner's LinkedIn connections. Each run
 * reads, plans and applies, then is undone so the next one finds the same store.
 */
final class DownloadImportBench {

    private static final int FRIENDS = 3_000;
    private static final int MESSAGES = 200_000;
    private static final int RUNS = 3;

    private DownloadImportBench() {
    }

    static void run(Store store, Path out, Results results) throws IOException {
        List<Contact> contacts = store.transact(tx -> tx.contacts().activeForRules());
        List<String> linkedIn = store.transact(tx -> tx.links().all()).stream()
                .filter(link -> link.platformId().equals("linkedin") && !link.handle().isEmpty())
                .map(Link::handle).limit(2_000).toList();
        Path friends = writeFriends(out.resolve("facebook/connections/friends/your_friends.json"), contacts);
        Path messages = writeMessages(out.resolve("messages.csv"), linkedIn);
        DownloadImportService downloads = new DownloadImportService(store, Clock.systemDefaultZone());
        results.put("import_facebook_ms", millis(downloads, List.of(friends), count -> results.put(
                "import_facebook_states", count.states())));
        // Nearly every message of the generated file falls on a day of its own with its partner, so nearly every
        // row becomes an interaction: the count says how much was written.
        results.put("import_messages_ms", millis(downloads, List.of(messages), count -> results.put(
                "import_messages_interactions", count.interactions())));
    }

    /** The median time of read, plan and apply; {@code written} is told what the last run wrote. */
    private static double millis(DownloadImportService downloads, List<Path> files,
            Consumer<DownloadImportService.Result> written) {
        List<Double> times = new ArrayList<>();
        DownloadImportService.Result[] result = new DownloadImportService.Result[1];
        for (int i = -1; i < RUNS; i++) {
            double millis = Stats.millis(() -> {
                try {
                    DownloadPlan plan = downloads.plan(downloads.read(files), Set.of());
                    result[0] = downloads.apply(plan, Map.of(), WorkProgress.NONE);
                    return result[0];
                } catch (app.rapport.interchange.ImportException e) {
                    throw new IllegalStateException(e);
                }
            });
            downloads.undo(result[0].undo());
            // The first run warms the JIT up, as in the other import benchmark.
            if (i >= 0) {
                times.add(millis);
            }
        }
        written.accept(result[0]);
        return Stats.median(times);
    }

    private static Path writeFriends(Path file, List<Contact> contacts) throws IOException {
        Files.createDirectories(file.getParent());
        long start = LocalDate.of(2015, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"friends_v2\": [\n");
            for (int i = 0; i < FRIENDS; i++) {
                String name = i % 2 == 0 && i / 2 < contacts.size() ? contacts.get(i * 7 % contacts.size()).displayName()
                        : "Newfriend Number" + i;
                out.write((i == 0 ? "" : ",\n") + "{\"name\": \"" + name.replace("\"", "") + "\", \"timestamp\": "
                        + (start + i * 86_400L) + "}");
            }
            out.write("\n]}\n");
        }
        return file;
    }

    private static Path writeMessages(Path file, List<String> partners) throws IOException {
        String owner = "https://www.linkedin.com/in/the-owner";
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
                    + "SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT\n");
            for (int i = 0; i < MESSAGES; i++) {
                int p = i % Math.max(1, partners.size());
                String partner = partners.isEmpty() ? "https://www.linkedin.com/in/p" + p : partners.get(p);
                boolean fromOwner = i % 3 == 0;
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i / 97 % 1_800);
                out.write("conv-" + p + ",," + (fromOwner ? "Owner" : "Partner") + ","
                        + (fromOwner ? owner : partner) + "," + (fromOwner ? "Partner" : "Owner") + ","
                        + (fromOwner ? partner : owner) + "," + day + " 10:00:00 UTC,,\"Hello, \"\"friend\"\"\nhow "
                        + "are you?\",INBOX,No\n");
            }
        }
        return file;
    }
}
