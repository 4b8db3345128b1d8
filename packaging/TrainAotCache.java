import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gives the app-image an ahead-of-time cache (JEP 483/514/515). Runs the app-image's own launcher once in
 * Rapport's training mode (app.rapport.AotTraining: a throw-away store with the sample data, the window, every
 * page) with {@code -XX:AOTCacheOutput=rapport.aot}, so the JVM writes the classes that run loaded and linked,
 * and the method profiles it gathered, into the app folder; then adds {@code -XX:AOTCache=$APPDIR/rapport.aot}
 * to the launcher's .cfg, so every later start maps them instead of loading and linking again.
 *
 * <p>A cache only serves the runtime, class path and JVM options it was made with, so it is made here, from the
 * finished app-image through its launcher, and not in the build. The option is added only afterwards because
 * the JVM refuses -XX:AOTCache and -XX:AOTCacheOutput together. The training is headless (JavaFX's headless
 * platform, software rendering), so packaging needs no display; on a desktop the few classes of the real
 * window system are loaded as usual.
 *
 * <p>Run by the `package` profile after jpackage: {@code java packaging/TrainAotCache.java <app-image folder>}.
 */
public final class TrainAotCache {

    private static final String CACHE = "rapport.aot";
    private static final String OPTION = "java-options=-XX:AOTCache=$APPDIR/" + CACHE;

    public static void main(String[] args) throws IOException, InterruptedException {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path appDir = firstExisting(image.resolve("lib/app"), image.resolve("Contents/app"), image.resolve("app"));
        Path launcher = firstExisting(image.resolve("bin/Rapport"), image.resolve("Contents/MacOS/Rapport"),
                image.resolve("Rapport.exe"));
        Path config = appDir.resolve("Rapport.cfg");
        List<String> lines = Files.readAllLines(config);
        if (lines.contains(OPTION)) {
            throw new IllegalStateException(config + " already names a cache; train a fresh app-image");
        }
        Path cache = appDir.resolve(CACHE);
        Files.deleteIfExists(cache);
        // Two steps through the launcher (JEP 483's record and create): the one-step -XX:AOTCacheOutput starts
        // bin/java to write the cache, and the app-image's trimmed runtime has none. The app folder is the
        // working directory because JAVA_TOOL_OPTIONS splits at spaces, which a path may contain.
        Path configuration = appDir.resolve("rapport.aotconf");
        run(launcher, appDir, "-XX:AOTMode=record -XX:AOTConfiguration=rapport.aotconf"
                + " -Drapport.aotTraining=true -Dglass.platform=Headless -Dprism.order=sw");
        run(launcher, appDir, "-XX:AOTMode=create -XX:AOTConfiguration=rapport.aotconf -XX:AOTCache=" + CACHE);
        Files.deleteIfExists(configuration);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The AOT training run wrote no " + cache);
        }
        int javaOptions = lines.indexOf("[JavaOptions]");
        if (javaOptions < 0) {
            Files.writeString(config, "\n[JavaOptions]\n" + OPTION + "\n", StandardOpenOption.APPEND);
        } else {
            lines.add(javaOptions + 1, OPTION);
            Files.write(config, lines);
        }
        System.out.printf("[aot] %s: %,d bytes; %s now passes -XX:AOTCache%n", cache, Files.size(cache),
                config.getFileName());
    }

    private static void run(Path launcher, Path appDir, String jvmOptions)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).directory(appDir.toFile()).inheritIO();
        builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        System.out.println("[aot] " + launcher + " with " + jvmOptions);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The AOT cache's step " + jvmOptions + " did not end within five minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The AOT cache's step " + jvmOptions + " failed: exit "
                    + process.exitValue());
        }
    }

    private static Path firstExisting(Path... candidates) {
        for (Path candidate : candidates) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Not an app-image: none of " + List.of(candidates));
    }
}
