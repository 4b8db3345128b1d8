package app.rapport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import app.rapport.service.Services;
import app.rapport.store.Store;

/** What a command runs with: the data folder, its own arguments, where its report goes and where warnings go. */
record Invocation(Path dataDir, List<String> args, PrintStream out, PrintStream err) {

    Invocation {
        args = List.copyOf(args);
    }

    Arguments arguments(String... valueOptions) {
        return Arguments.parse(args, Set.of(valueOptions));
    }

    /** Opens the store, runs {@code work} on services that see {@code clock}, and closes the store again. */
    <T> T withServices(Clock clock, Function<Services, T> work) {
        try (Store store = Store.open(dataDir)) {
            return work.apply(Services.over(store, clock));
        }
    }
}
