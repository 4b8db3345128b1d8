package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file read (the start snapshot is 16 MB at 30,000 contacts) leaves no buffer of its size in the process
 * once Rapport's launcher has set Java up: each case runs in a JVM of its own, since Java reads the setting once.
 */
class LargeIoBuffersTest {

    private static final int FILE_BYTES = 4 * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void afterTheLaunchersSetUpALargeReadKeepsNoBufferOfItsSize() throws Exception {
        assertThat(bufferBytesKeptAfterReading(true)).isLessThan(FILE_BYTES / 4);
    }

    @Test
    void withoutItJavaKeepsOne() throws Exception {
        assertThat(bufferBytesKeptAfterReading(false)).isGreaterThan(FILE_BYTES * 3 / 4);
    }

    private long bufferBytesKeptAfterReading(boolean launcherSetUp) throws IOException, InterruptedException {
        Path file = Files.write(folder.resolve("large.bin"), new byte[FILE_BYTES]);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:NativeMemoryTracking=summary", "-cp", System.getProperty("java.class.path"),
                ReadsAFile.class.getName(), file.toString(), Boolean.toString(launcherSetUp)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Long.parseLong(output);
    }

    /**
     * Reads the file as Rapport reads its start snapshot, and prints how many bytes of native memory Java's I/O
     * buffers still hold (what native memory tracking counts as "Other").
     */
    static final class ReadsAFile {

        private static final Pattern OTHER = Pattern.compile("Other \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

        public static void main(String[] args) throws Exception {
            if (Boolean.parseBoolean(args[1])) {
                Launcher.keepNoLargeIoBuffers();
            }
            long before = otherNativeBytes();
            Files.readAllBytes(Path.of(args[0]));
            System.out.println(otherNativeBytes() - before);
        }

        private static long otherNativeBytes() throws JMException {
            String summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            Matcher other = OTHER.matcher(summary);
            if (!other.find()) {
                throw new IllegalStateException("No \"Other\" in: " + summary);
            }
            return Long.parseLong(other.group(1)) * 1024;
        }
    }
}
