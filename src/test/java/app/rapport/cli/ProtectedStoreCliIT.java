package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.BackupSeal;
import app.rapport.store.Store;

/** The packaged jar on a store protected with a password: the password comes from RAPPORT_PASSWORD or nowhere. */
class ProtectedStoreCliIT {

    static final String PASSWORD = "correct horse";

    @TempDir
    Path dir;
    Path data;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void protectedStore() {
        data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            Services services = CliIT.servicesAt(store, LocalDate.of(2026, 11, 20));
            services.contacts().save(Contact.named("Zebulon Quartermaine", LocalDate.of(2026, 11, 1)));
            services.passwords().protect(PASSWORD.toCharArray());
        }
    }

    Run rapport(String password, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-jar", CliIT.JAR.toString(), "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove(PasswordSource.VARIABLE);
        if (password != null) {
            builder.environment().put(PasswordSource.VARIABLE, password);
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theVariableOpensTheStore() throws Exception {
        Run run = rapport(PASSWORD, "readiness", "--as-of", "2026-11-23");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Zebulon Quartermaine");
    }

    @Test
    void withoutThePasswordTheCommandStopsAndSaysHowToGiveIt() throws Exception {
        Run run = rapport(null, "readiness");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is protected with a password").contains("RAPPORT_PASSWORD");
    }

    @Test
    void aWrongPasswordIsSaidSo() throws Exception {
        Run run = rapport("not the password", "readiness");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("That is not the password").doesNotContain("Exception");
    }

    @Test
    void aBackupOfAProtectedStoreIsSealedAndRestoresWithTheVariable() throws Exception {
        Run backup = rapport(PASSWORD, "backup", dir.resolve("sealed.zip").toString());
        assertThat(backup.status()).isZero();
        assertThat(BackupSeal.isSealed(dir.resolve("sealed.zip"))).isTrue();

        Run restore = rapport(PASSWORD, "restore", dir.resolve("sealed.zip").toString());
        assertThat(restore.err()).isEmpty();
        assertThat(restore.out()).startsWith("Restored 1 contact from");
    }
}
