package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void theCommandLineOptionWinsOverEverything() {
        Path path = DataLocation.resolve("/tmp/mine", Map.of("RAPPORT_HOME", "/tmp/env"), "Linux", "/home/u");
        assertThat(path).isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        Path path = DataLocation.resolve(null, Map.of("RAPPORT_HOME", "/tmp/env"), "Linux", "/home/u");
        assertThat(path).isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/rapport"));
        assertThat(DataLocation.resolve("", Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/rapport"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.platformDefault(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "Rapport"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Rapport"));
    }
}
