package app.rapport.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;

/**
 * The JDK 25 ahead-of-time cache as the packaged app has it (docs/packaging.md): trained by Rapport's own
 * training mode ({@code -Drapport.aotTraining=true}) on jars — the JVM refuses to train with a class folder on
 * the class path — and then passed with {@code -XX:AOTCache} to every start-up run that measures with it.
 */
final class AotCache {

    private AotCache() {
    }

    /**
     * The benchmark's own class path with each class folder (Rapport's classes, the benchmark's and the tests')
     * replaced by a jar of it, in the same order; the start-up runs with and without the cache all use it.
     */
    static String jarClassPath(Path jars) throws IOException {
        Files.createDirectories(jars);
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow();
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jarFile = jars.resolve(path.getFileName() + ".jar");
                int exit = jar.run(System.out, System.err, "--create", "--file", jarFile.toString(), "-C",
                        path.toString(), ".");
                if (exit != 0) {
                    throw new IOException("jar could not pack " + path);
                }
                entries.add(jarFile.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The training run, on the same JVM, flags and class path as the measured runs; returns the cache. */
    static Path train(Path out, String classPath, Path log) throws IOException, InterruptedException {
        Path cache = out.resolve("rapport.aot");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(StartupBench.HEADLESS);
        command.addAll(StartupBench.RECOMMENDED);
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Drapport.aotTraining=true", "-cp", classPath,
                "app.rapport.Launcher"));
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!training.waitFor(5, TimeUnit.MINUTES)) {
            training.destroyForcibly();
            throw new IllegalStateException("The AOT training run did not end; see " + log);
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("The AOT training run wrote no cache; see " + log);
        }
        return cache;
    }
}
