package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.service.Services;
import app.rapport.store.Store;

/** Commands on a protected store, in this JVM: where the password comes from, and what happens without it. */
class ProtectedStoreCliTest {

    static final String PASSWORD = "correct horse";

    @TempDir
    Path dir;
    Path data;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void protectedStore() {
        data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            Services services = CliIT.servicesAt(store, LocalDate.of(2026, 11, 20));
            services.contacts().save(Contact.named("Zebulon Quartermaine", LocalDate.of(2026, 11, 1)));
            services.passwords().protect(PASSWORD.toCharArray());
        }
    }

    int run(Map<String, String> environment, String... command) {
        // No console: a test, like a script, has no one to ask.
        PasswordSource passwords = new PasswordSource(environment::get, null);
        return new Cli(data, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), passwords).execute(List.of(command));
    }

    @Test
    void thePasswordComesFromTheEnvironment() {
        assertThat(run(Map.of(PasswordSource.VARIABLE, PASSWORD), "readiness")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Zebulon Quartermaine");
    }

    @Test
    void withoutAPasswordOrATerminalTheCommandStopsWithStatusTwo() {
        assertThat(run(Map.of(), "readiness")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("readiness: the data in " + data
                + " is protected with a password. Set RAPPORT_PASSWORD");
        assertThat(out.size()).isZero();
    }

    @Test
    void aWrongPasswordStopsWithStatusTwoAndSaysSo() {
        assertThat(run(Map.of(PasswordSource.VARIABLE, "not it at all"), "followups")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("followups: That is not the password");
    }

    @Test
    void theUsageTellsWhereThePasswordComesFrom() {
        assertThat(Cli.USAGE).contains("$RAPPORT_PASSWORD");
    }
}
