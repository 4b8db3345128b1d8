package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused before the store is opened: nothing is created in the data folder. */
class CliTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... command) {
        return new Cli(dir.resolve("data"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(command));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void assertBadInput(String expectedFirstLine, String... command) {
        assertThat(run(command)).isEqualTo(Cli.BAD_INPUT);
        assertThat(err().lines().findFirst()).contains(expectedFirstLine);
        assertThat(out.size()).isZero();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        assertBadInput("rapport: unknown command frobnicate", "frobnicate");
        assertThat(err()).contains("usage: rapport [--data-dir DIR]");
    }

    @Test
    void reportOptionsAreChecked() {
        assertBadInput("readiness: --as-of needs a date like 2026-12-01, not 2026-13-01",
                "readiness", "--as-of", "2026-13-01");
    }

    @Test
    void aReportFormatMustBeKnown() {
        assertBadInput("followups: --format is csv or table, not json", "followups", "--format", "json");
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertBadInput("followups: unknown option --all", "followups", "--all");
    }

    @Test
    void reportsTakeNoFiles() {
        assertBadInput("readiness: unexpected argument out.csv (usage: " + ReadinessCommand.USAGE + ")",
                "readiness", "out.csv");
    }

    @Test
    void exportNeedsAFormatItKnows() {
        assertBadInput("export: unsupported format for out.xyz (end the name with .rapport.json, .vcf, .csv, .ics)",
                "export", dir.resolve("out.xyz").toString());
        err.reset();
        assertBadInput("export: unsupported format for out (end the name with .rapport.json, .vcf, .csv, .ics)",
                "export", dir.resolve("out").toString());
    }

    @Test
    void exportNeedsAnExistingFolder() {
        Path missing = dir.resolve("missing");
        assertBadInput("export: no such folder " + missing + " for out.ics",
                "export", missing.resolve("out.ics").toString());
    }

    @Test
    void restoreNeedsAnExistingFile() {
        assertBadInput("restore: no such file " + dir.resolve("nope.zip"), "restore", dir.resolve("nope.zip").toString());
    }

    @Test
    void importNeedsFilesThatExist() {
        assertBadInput("import: no such file " + dir.resolve("Connections.csv"), "import",
                dir.resolve("Connections.csv").toString());
    }
}
