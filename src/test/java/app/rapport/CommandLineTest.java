package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void noArgumentsOpensTheWindow() {
        CommandLine line = CommandLine.parse(new String[0]);
        assertThat(line.problem()).isNull();
        assertThat(line.opensWindow()).isTrue();
        assertThat(line.dataDir()).isNull();
    }

    @Test
    void theDataFolderComesInEitherSpelling() {
        assertThat(CommandLine.parse(new String[] {"--data-dir", "/tmp/a"}).dataDir()).isEqualTo("/tmp/a");
        assertThat(CommandLine.parse(new String[] {"--data-dir=/tmp/b"}).dataDir()).isEqualTo("/tmp/b");
        assertThat(CommandLine.parse(new String[] {"--data-dir=/tmp/b"}).opensWindow()).isTrue();
    }

    @Test
    void theFirstWordIsTheCommandAndEverythingAfterItIsTheCommands() {
        CommandLine line = CommandLine.parse(new String[] {"--data-dir", "d", "readiness", "--as-of", "2026-12-01",
                "--version"});
        assertThat(line.problem()).isNull();
        assertThat(line.dataDir()).isEqualTo("d");
        assertThat(line.wantsVersion()).isFalse();
        assertThat(line.command()).containsExactly("readiness", "--as-of", "2026-12-01", "--version");
        assertThat(line.opensWindow()).isFalse();
    }

    @Test
    void aFileTheDesktopPassesOpensTheWindowToImportIt(@TempDir Path dir) throws Exception {
        Path archive = Files.writeString(dir.resolve("friends.rapport.json"), "{}");
        CommandLine doubleClicked = CommandLine.parse(new String[] {archive.toString()});
        assertThat(doubleClicked.opensWindow()).isTrue();
        assertThat(doubleClicked.filesToOpen()).containsExactly(archive);

        CommandLine mistyped = CommandLine.parse(new String[] {dir.resolve("nothing-here.json").toString()});
        assertThat(mistyped.opensWindow()).as("an unknown word stays a command, so it is reported").isFalse();
        assertThat(CommandLine.parse(new String[] {"readiness"}).opensWindow()).isFalse();
    }

    @Test
    void versionAndHelpAreGlobalOptions() {
        assertThat(CommandLine.parse(new String[] {"--version"}).wantsVersion()).isTrue();
        assertThat(CommandLine.parse(new String[] {"-V"}).wantsVersion()).isTrue();
        assertThat(CommandLine.parse(new String[] {"--help"}).wantsHelp()).isTrue();
        assertThat(CommandLine.parse(new String[] {"-h"}).wantsHelp()).isTrue();
    }

    @Test
    void anUnknownOptionOrAMissingFolderIsAProblem() {
        assertThat(CommandLine.parse(new String[] {"--frobnicate"}).problem()).isEqualTo("unknown option --frobnicate");
        assertThat(CommandLine.parse(new String[] {"--data-dir"}).problem()).isEqualTo("--data-dir needs a folder");
        assertThat(CommandLine.parse(new String[] {"--data-dir"}).command()).isEqualTo(List.of());
    }
}
