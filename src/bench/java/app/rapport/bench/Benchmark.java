package app.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import app.rapport.service.ImportPlan;
import app.rapport.service.WorkProgress;
import app.rapport.service.ImportService;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * Rapport at LinkedIn's scale: generates a store of N contacts (30,000 unless -Drapport.bench.contacts says
 * otherwise) and its Connections.csv, measures every metric of docs/benchmarks.md, writes
 * {@code <out>/results.json} and prints the table. Run by {@code ./mvnw -Pbench verify}.
 */
public final class Benchmark {

    /** 0 measures everything but start-up, pages and memory (the slowest part on a busy machine). */
    private static final int STARTUP_RUNS = Integer.getInteger("rapport.bench.startupRuns", 5);
    private static final int IMPORT_RUNS = Integer.getInteger("rapport.bench.importRuns", 5);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        int n = Integer.getInteger("rapport.bench.contacts", 30_000);
        deleteRecursively(out);
        Files.createDirectories(out);
        Path storeDir = out.resolve("store");
        Path csv = out.resolve("Connections.csv");
        Path bareCsv = out.resolve("connections-bare.csv");
        Results results = new Results();

        long start = System.nanoTime();
        StoreGenerator generator = new StoreGenerator(n, LocalDate.now());
        generator.writeConnectionsCsv(csv);
        generator.writeBareCsv(bareCsv);
        try (Store store = Store.open(storeDir)) {
            StoreGenerator.Counts counts = generator.fill(store);
            Services services = Services.over(store, Clock.systemDefaultZone());
            services.followUps().reevaluateAll();
            log("generated %,d contacts, %,d interactions, %,d links in %.1f s", counts.contacts(),
                    counts.interactions(), counts.links(), (System.nanoTime() - start) / 1e9);
            results.put("contacts", counts.contacts());
            results.put("interactions", counts.interactions());

            // Warm: the store's rule inputs are read and kept, as after any page has shown verdicts since the
            // last change. Cold: a write first, so the 300,000 interactions are read again too.
            // Ten warm-ups let the JIT compile the engine, as in an app that has been open a while.
            // Every verdict of everyone worked out: fresh services keep no rows from the run before. The pages'
            // own services keep them and work out only what a write changed: readiness_kept_ms.
            results.put("readiness_all_ms", Stats.medianMillis(10, 9,
                    () -> Services.over(store, Clock.systemDefaultZone()).readiness().matrix()));
            results.put("readiness_all_cold_ms", Stats.medianMillis(1, 5, () -> {
                touch(services);
                Services.over(store, Clock.systemDefaultZone()).readiness().matrix();
            }));
            results.put("readiness_kept_ms", Stats.medianMillis(10, 9, () -> services.readiness().matrix()));
            log("readiness_all_ms done");
            results.put("followups_all_ms", Stats.medianMillis(10, 9, () -> services.followUps().reevaluateAll()));
            results.put("followups_all_cold_ms", Stats.medianMillis(1, 5, () -> {
                touch(services);
                services.followUps().reevaluateAll();
            }));
            log("followups_all_ms done");
            results.put("search_ms", SearchBench.p95(services, 200));
            log("search_ms done");
            results.put("edit_to_fresh_ms", EditToFreshBench.median(store, services, 9));
            log("edit_to_fresh_ms done");
            DownloadImportBench.run(store, out, results);
            log("import_facebook_ms, import_messages_ms done");
            SortingBench.run(store, services, results);
            log("bulk_edit_5000_ms, sort_take_all_ms done");
        }

        results.put("import_linkedin_ms", importMillis(out, csv));
        log("import_linkedin_ms done");
        List<Double> floors = new ArrayList<>();
        for (int i = -1; i < IMPORT_RUNS; i++) {
            Path dir = out.resolve("floor-" + i);
            double millis = CsvReadFloor.once(dir, bareCsv);
            // Like the import, the first run only warms up.
            if (i >= 0) {
                floors.add(millis);
            }
            deleteRecursively(dir);
        }
        results.put("h2_csvread_ms", Stats.median(floors));
        log("h2_csvread_ms done");

        if (STARTUP_RUNS > 0) {
            startup(out, storeDir, results);
        }
        // Other work on the same two cores skews every number; the load says how much there was.
        results.put("load_average_1m", loadAverage());
        results.write(out.resolve("results.json"));
        // The growth curve keeps one result per size, outside the folder each run starts afresh.
        Path growth = out.resolveSibling("bench-growth");
        results.write(growth.resolve("results-" + n + ".json"));
        drawGrowthChart(growth);
        System.out.println();
        System.out.print(results.table());
        System.out.println("Written to " + out.resolve("results.json"));
    }

    /** The smallest write there is, to make the store read the rules' inputs again. */
    private static void touch(Services services) {
        services.preferences().put("bench.touched", Long.toString(System.nanoTime()));
    }

    /** Read, plan and apply of the whole file into an empty store, each run in a new store. */
    private static double importMillis(Path out, Path csv) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = -1; i < IMPORT_RUNS; i++) {
            Path dir = out.resolve("import-" + i);
            try (Store store = Store.open(dir)) {
                ImportService imports = Services.over(store, Clock.systemDefaultZone()).imports();
                double millis = Stats.millis(() -> {
                    ImportService.ReadFiles read = imports.read(List.of(csv));
                    ImportPlan plan = imports.plan(read.batches());
                    return imports.apply(plan, WorkProgress.NONE);
                });
                // The first run warms the JIT up, as an app that has been open a while would be.
                if (i >= 0) {
                    times.add(millis);
                }
            }
            deleteRecursively(dir);
        }
        return Stats.median(times);
    }

    /**
     * Start-up with the AOT cache the packaged launcher uses, and without it; each run of Rapport also times the
     * first visit of every page and the opening of contacts, and ends with the memory in use.
     */
    private static void startup(Path out, Path storeDir, Results results) throws Exception {
        Path log = out.resolve("startup.log");
        String classPath = AotCache.jarClassPath(out.resolve("jars"));
        long trainingStart = System.nanoTime();
        Path cache = AotCache.train(out, classPath, log);
        results.put("aot_training_ms", (System.nanoTime() - trainingStart) / 1e6);
        results.put("aot_cache_mb", Files.size(cache) / (1024 * 1024));
        log("AOT cache trained: %,d bytes", Files.size(cache));
        List<String> withAot = new ArrayList<>(StartupBench.RECOMMENDED);
        withAot.add("-XX:AOTCache=" + cache);
        List<Double> hello = new ArrayList<>();
        List<StartupBench.Run> aot = new ArrayList<>();
        List<StartupBench.Run> noAot = new ArrayList<>();
        for (int i = 0; i < STARTUP_RUNS; i++) {
            hello.add(StartupBench.run(HelloWindow.class, StartupBench.RECOMMENDED, classPath, log).startupMs());
            aot.add(StartupBench.run(StartupProbe.class, withAot, classPath, log, "--data-dir", storeDir.toString()));
            noAot.add(StartupBench.run(StartupProbe.class, StartupBench.RECOMMENDED, classPath, log, "--data-dir",
                    storeDir.toString()));
            log("startup run %d: hello %.0f ms, rapport %.0f ms (no AOT cache %.0f ms), heap %d MB, rss %d MB, "
                    + "pages %s, open p95 %.0f ms", i + 1, hello.getLast(), aot.getLast().startupMs(),
                    noAot.getLast().startupMs(), aot.getLast().heapMb(), aot.getLast().rssMb(),
                    aot.getLast().pageMs(), Stats.percentile(aot.getLast().openMs(), 95));
        }
        results.put("startup_ms", medianOf(aot, StartupBench.Run::startupMs));
        results.put("startup_no_aot_ms", medianOf(noAot, StartupBench.Run::startupMs));
        results.put("hello_startup_ms", Stats.median(hello));
        results.put("page_first_visit_ms", medianOf(aot, Benchmark::slowestFirstVisit));
        results.put("page_first_visit_no_aot_ms", medianOf(noAot, Benchmark::slowestFirstVisit));
        results.put("open_contact_ms", medianOf(aot, run -> Stats.percentile(run.openMs(), 95)));
        results.put("open_contact_no_aot_ms", medianOf(noAot, run -> Stats.percentile(run.openMs(), 95)));
        results.put("heap_mb", medianOf(aot, run -> (double) run.heapMb()));
        results.put("rss_mb", medianOf(aot, run -> (double) run.rssMb()));
        // For comparison, once: the JVM's own defaults keep far more heap committed on a 24 GB machine.
        StartupBench.Run defaults = StartupBench.run(StartupProbe.class, List.of("-XX:AOTCache=" + cache), classPath,
                log, "--data-dir", storeDir.toString());
        results.put("startup_jvm_defaults_ms", defaults.startupMs());
        results.put("rss_jvm_defaults_mb", defaults.rssMb());
    }

    /** Home showed at start-up, and Contacts for the start-up clock: the others' first visits are timed. */
    private static double slowestFirstVisit(StartupBench.Run run) {
        return run.pageMs().entrySet().stream().filter(page -> !page.getKey().equals("nav-home"))
                .mapToDouble(Map.Entry::getValue).max().orElseThrow();
    }

    private static double medianOf(List<StartupBench.Run> runs, ToDoubleFunction<StartupBench.Run> metric) {
        return Stats.median(runs.stream().map(run -> metric.applyAsDouble(run)).toList());
    }

    /**
     * In a JVM of its own: this one's JavaFX toolkit has ended with the search page's window (implicit exit),
     * and a toolkit cannot be started twice.
     */
    private static void drawGrowthChart(Path growth) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(StartupBench.HEADLESS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GrowthChart.class.getName(),
                growth.toString()));
        Process chart = new ProcessBuilder(command).inheritIO().start();
        if (!chart.waitFor(2, TimeUnit.MINUTES)) {
            chart.destroyForcibly();
            log("the growth chart was not drawn within two minutes");
        }
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
