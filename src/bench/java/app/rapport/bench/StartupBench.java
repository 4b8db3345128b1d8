package app.rapport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up from the outside: a fresh JVM per run, timed from just before the process is started to the line
 * its watcher prints when the window is ready. Rapport and the hello window get the same JVM, class path and
 * flags.
 */
final class StartupBench {

    static final String READY = "READY";
    static final String MEMORY = "MEMORY";
    static final String PAGE = "PAGE";
    static final String OPEN = "OPEN";
    /** What lets a run go without a screen, the same for every run. */
    static final List<String> HEADLESS = List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
            "--enable-native-access=ALL-UNNAMED");
    /**
     * The heap settings the packaged launcher passes (packaging/java-options.args): a ceiling well above the
     * peak seen here, and a heap that gives memory back after a collection, keeping at most 10% of it free
     * instead of the default 70%. Read from that file, so the benchmark measures what users get; with the Linux
     * launcher's own (packaging/linux/app-image.args), since the benchmark runs on Linux.
     */
    static final List<String> RECOMMENDED = launcherHeapOptions();

    /**
     * What one run saw. {@code heapMb} and {@code rssMb} are -1, the maps and lists empty, when the run did not
     * report them.
     */
    record Run(double startupMs, long heapMb, long rssMb, Map<String, Double> pageMs, List<Double> openMs) {
    }

    private StartupBench() {
    }

    private static List<String> launcherHeapOptions() {
        List<String> options = new ArrayList<>(launcherOptions(Path.of("packaging/java-options.args")));
        options.addAll(launcherOptions(Path.of("packaging/linux/app-image.args")));
        return List.copyOf(options);
    }

    private static List<String> launcherOptions(Path argFile) {
        try {
            List<String> words = Files.readAllLines(argFile).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .toList();
            List<String> heap = new ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equals("--java-options") && words.get(i + 1).startsWith("-X")) {
                    heap.add(words.get(i + 1));
                }
            }
            return List.copyOf(heap);
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher's options could not be read", e);
        }
    }

    static Run run(Class<?> main, List<String> flags, String classPath, Path log, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        double startup = -1;
        long heap = -1;
        long rss = -1;
        Map<String, Double> pages = new LinkedHashMap<>();
        List<Double> opens = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(READY)) {
                    startup = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith(MEMORY + " ")) {
                    String[] parts = line.split(" ");
                    heap = Long.parseLong(parts[1]);
                    rss = Long.parseLong(parts[2]);
                } else if (line.startsWith(PAGE + " ")) {
                    String[] parts = line.split(" ");
                    pages.put(parts[1], Double.parseDouble(parts[2]));
                } else if (line.startsWith(OPEN + " ")) {
                    opens.add(Double.parseDouble(line.substring(OPEN.length() + 1)));
                }
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not exit; see " + log);
        }
        if (startup < 0) {
            throw new IllegalStateException(main.getSimpleName() + " never became ready; see " + log);
        }
        return new Run(startup, heap, rss, pages, opens);
    }
}
