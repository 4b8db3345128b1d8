package app.rapport.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import app.rapport.store.Store;
import app.rapport.store.TableRows;

/**
 * A real store in a fresh temporary folder and its services on a fixed clock, for each test:
 * <pre>{@code @RegisterExtension final ServiceFixture fixture = ServiceFixture.today();}</pre>
 * The store lives in {@link #dataDir()}; {@link #scratch()} is a folder beside it for a test's own files. After
 * each test the store is closed and the folder deleted.
 */
public final class ServiceFixture implements BeforeEachCallback, AfterEachCallback {

    /** The day every service test lives on unless it says otherwise. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Clock clock;
    private Path scratch;

    public Store store;
    public Services services;

    private ServiceFixture(Clock clock) {
        this.clock = clock;
    }

    /** Services whose "now" is the start of {@link #TODAY}, in UTC. */
    public static ServiceFixture today() {
        return at(TODAY.atStartOfDay());
    }

    public static ServiceFixture at(LocalDateTime now) {
        return new ServiceFixture(clockAt(now));
    }

    public static Clock clockAt(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public static Clock clockOn(LocalDate day) {
        return clockAt(day.atStartOfDay());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        scratch = Files.createTempDirectory("rapport-test-");
        reopen(null);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            store.close();
        } finally {
            deleteRecursively(scratch);
        }
    }

    /** Closes the store and opens it again, so what a test reads back comes from the file, not from memory. */
    public void reopen(char[] password) {
        if (store != null) {
            store.close();
        }
        store = Store.open(dataDir(), password);
        services = Services.over(store, clock);
    }

    public void reopen() {
        reopen(null);
    }

    /** Closes the store leaving {@code rows} for the next start, as the application does, and opens it again. */
    public void reopenLeaving(TableRows rows) {
        store.closeLeaving(rows);
        store = Store.open(dataDir());
        services = Services.over(store, clock);
    }

    /** The same store's services on another day. */
    public Services on(LocalDate day) {
        return Services.over(store, clockOn(day));
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return scratch.resolve("data");
    }

    /** A folder beside the data folder for a test's own files (exports, backups kept elsewhere, imports). */
    public Path scratch() {
        return scratch;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
