package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers' inputs are sound without running jpackage (slow, and only in the `package` profile):
 * the app starts on exactly the modules the packaged runtime has, and every icon, menu entry and option file
 * the packaging names exists and says what the installers need. packaging/smoke.sh checks a real app-image.
 */
class PackagingTest {

    private static final Path PACKAGING = Path.of("packaging");
    private static final Path ICONS = Path.of("assets/icon");

    @TempDir
    Path dataDir;

    @Test
    void theLauncherPrintsItsVersionOnThePackagedModules() throws Exception {
        Run run = runOnPackagedModules(Launcher.class.getName(), "--version");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("Rapport ");
    }

    @Test
    void theAppOpensAFreshDataFolderOnThePackagedModules() throws Exception {
        Run run = runOnPackagedModules(PackagedStartProbe.class.getName(), dataDir.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("started");
        assertThat(dataDir.resolve("rapport.mv.db")).exists();
        assertThat(dataDir.resolve("logs/rapport.log")).exists();
    }

    @Test
    void theMenuEntryOpensFilesAndMatchesTheWindow() throws IOException {
        String entry = Files.readString(PACKAGING.resolve("linux/Rapport.desktop"));
        List<String> deb = options(PACKAGING.resolve("linux/deb.args"));

        // Docks match a window to its menu entry (and icon) by the window class JavaFX derives from this name.
        assertThat(entry)
                .containsPattern("(?m)^StartupWMClass=" + Pattern.quote(RapportApplication.class.getName()) + "$");
        assertThat(entry).containsPattern("(?m)^Exec=APPLICATION_LAUNCHER %f$");
        assertThat(value(deb, "--linux-menu-group")).isEqualTo("Office");
        assertThat(deb).contains("--linux-shortcut");
        assertThat(value(deb, "--linux-package-deps")).isEqualTo("libgtk-3-0");
        assertThat(Files.readString(PACKAGING.resolve("linux/rapport-archive.properties")))
                .contains("extension=rapport.json");
    }

    @Test
    void everyFileTheOptionsNameExists() throws IOException {
        // The files the pom's jlink and jpackage runs read.
        for (String argFile : List.of("jlink.args", "java-options.args", "linux/app-image.args", "linux/deb.args", "linux/rpm.args",
                "windows/app-image.args", "windows/msi.args", "macos/app-image.args", "macos/dmg.args")) {
            assertThat(PACKAGING.resolve(argFile)).exists();
        }
        List<Path> argFiles;
        try (Stream<Path> files = Files.walk(PACKAGING)) {
            argFiles = files.filter(file -> file.toString().endsWith(".args")).toList();
        }
        for (Path argFile : argFiles) {
            List<String> options = options(argFile);
            for (String option : List.of("--icon", "--resource-dir", "--file-associations")) {
                String path = value(options, option);
                if (path != null) {
                    assertThat(Path.of(path)).as(argFile + " " + option).exists();
                }
            }
        }
    }

    @Test
    void onLinuxTheLauncherAndJavafxRunHandFreedNativeMemoryBack() throws IOException {
        List<String> linuxOptions = values(options(PACKAGING.resolve("linux/app-image.args")), "--java-options");
        assertThat(linuxOptions).contains("-XX:TrimNativeHeapInterval=1000");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<option>-XX:TrimNativeHeapInterval=${native.trim.interval}</option>")
                .contains("<native.trim.interval>0</native.trim.interval>")
                .contains("<package.os>linux</package.os>\n        <native.trim.interval>1000</native.trim.interval>");
        assertThat(Files.readString(Path.of("rapport.sh")))
                .contains("[ \"$(uname -s)\" = Linux ] && trim=-XX:TrimNativeHeapInterval=1000");
    }

    @Test
    void theLaunchersPassTheRecommendedHeapSettings() throws IOException {
        List<String> javaOptions = values(options(PACKAGING.resolve("java-options.args")), "--java-options");
        assertThat(javaOptions).contains("--enable-native-access=javafx.graphics", "-Xmx640m",
                "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=10");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).as("the app-image's jpackage run reads the options")
                .contains("<argument>@packaging/java-options.args</argument>");
        for (String heapOption : heapOptions()) {
            assertThat(pom).as("./mvnw javafx:run starts with " + heapOption)
                    .contains("<option>" + heapOption + "</option>");
        }
    }

    @Test
    void theAppImageIsTrainedForTheAotCacheBeforeTheInstallersAreMade() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int appImage = pom.indexOf("<id>package-app-image</id>");
        int training = pom.indexOf("<argument>packaging/TrainAotCache.java</argument>");
        int firstInstaller = pom.indexOf("<id>package-deb</id>");
        assertThat(training).as("the package profile trains the cache").isPositive();
        assertThat(appImage).as("on the finished app-image").isLessThan(training);
        assertThat(training).as("which the installers then copy").isLessThan(firstInstaller);
        assertThat(Files.readString(PACKAGING.resolve("TrainAotCache.java")))
                .as("the option is added to the launcher once the cache exists")
                .contains("java-options=-XX:AOTCache=$APPDIR/");
    }

    @Test
    void theInstallersKeepTheirIdentity() throws IOException {
        // Changing either makes Windows or macOS treat the next version as another application.
        String upgradeUuid = value(options(PACKAGING.resolve("windows/msi.args")), "--win-upgrade-uuid");
        assertThat(UUID.fromString(upgradeUuid)).hasToString("f6f2cd46-7140-4ce2-943f-8178c3928266");
        assertThat(value(options(PACKAGING.resolve("macos/app-image.args")), "--mac-package-identifier"))
                .isEqualTo("app.rapport");
    }

    @Test
    void theIconComesInEverySize() throws IOException {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            assertThat(dimensions(Files.readAllBytes(ICONS.resolve("rapport-" + size + ".png"))))
                    .as("rapport-%d.png", size).containsExactly(size, size);
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream icon = getClass().getResourceAsStream("/app/rapport/ui/icons/rapport-" + size + ".png")) {
                assertThat(icon).as("window icon %d", size).isNotNull();
                assertThat(dimensions(icon.readAllBytes())).containsExactly(size, size);
            }
        }
        assertThat(PACKAGING.resolve("linux/Rapport.png")).hasSameBinaryContentAs(ICONS.resolve("rapport-512.png"));

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("rapport.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).as("icon type").isEqualTo((short) 1);
        List<Integer> icoSizes = new ArrayList<>();
        for (int i = 0; i < ico.getShort(4); i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            icoSizes.add(width == 0 ? 256 : width);
        }
        assertThat(icoSizes).contains(16, 32, 48, 256);

        byte[] icns = Files.readAllBytes(ICONS.resolve("rapport.icns"));
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ByteBuffer.wrap(icns).getInt(4)).as("icns length").isEqualTo(icns.length);
    }

    private Run runOnPackagedModules(String mainClass, String... args) throws Exception {
        // JavaFX is on the test class path here, so only the JDK's modules are limited; jlink adds the same.
        String jdkModules = String.join(",", values(options(PACKAGING.resolve("jlink.args")), "--add-modules").stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .filter(module -> !module.startsWith("javafx."))
                .toList());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // With the launcher's heap settings, so the app is known to start within them.
        List<String> command = new ArrayList<>(List.of(java, "--limit-modules", jdkModules));
        command.addAll(heapOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** The JVM options of the packaged launcher that set the heap (the rest name JavaFX's module). */
    private static List<String> heapOptions() throws IOException {
        return values(options(PACKAGING.resolve("java-options.args")), "--java-options").stream()
                .filter(option -> option.startsWith("-X"))
                .toList();
    }

    private record Run(int exitCode, String output) {
    }

    /** The words of a jpackage or jlink @-file, as those tools read it: # starts a comment. */
    private static List<String> options(Path argFile) throws IOException {
        return Files.readAllLines(argFile).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .toList();
    }

    private static List<String> values(List<String> options, String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < options.size(); i++) {
            if (options.get(i).equals(option)) {
                values.add(options.get(i + 1));
            }
        }
        return values;
    }

    private static String value(List<String> options, String option) {
        List<String> values = values(options, option);
        return values.isEmpty() ? null : values.getLast();
    }

    private static int[] dimensions(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new int[] {image.getWidth(), image.getHeight()};
    }
}
