package app.rapport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import app.rapport.service.Services;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.Store;

/** What a command runs with: the data folder, its own arguments, where its report goes and where warnings go. */
record Invocation(Path dataDir, List<String> args, PrintStream out, PrintStream err, PasswordSource passwords) {

    Invocation {
        args = List.copyOf(args);
    }

    Arguments arguments(String... valueOptions) {
        return Arguments.parse(args, Set.of(valueOptions));
    }

    /** Opens the store, runs {@code work} on services that see {@code clock}, and closes the store again. */
    <T> T withServices(Clock clock, Function<Services, T> work) {
        try (Store store = openStore()) {
            return work.apply(Services.over(store, clock));
        }
    }

    /** The password is asked for only when the store turns out to need one. */
    private Store openStore() {
        try {
            return Store.open(dataDir);
        } catch (PasswordNeededException e) {
            char[] password = passwords.password("the data in " + dataDir);
            try {
                return Store.open(dataDir, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
