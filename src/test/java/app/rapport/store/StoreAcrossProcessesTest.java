package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Rapport process on the same data folder is refused, and the folder is free once the first exits. */
class StoreAcrossProcessesTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWhileTheFirstRuns() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");

            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreInUseException.class);

            first.getOutputStream().close();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Store second = Store.open(dir)) {
                assertThat(second.dataDir()).isEqualTo(dir);
            }
        } finally {
            first.destroyForcibly();
        }
    }
}
