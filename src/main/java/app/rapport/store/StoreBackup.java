package app.rapport.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole database as an H2 SQL script, and back. Restoring builds a new database from the script beside
 * the store first ({@link #stage}); only a complete, migrated one replaces the store's ({@link Staged#swapIn}).
 */
public final class StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);
    static final String SCRATCH_PREFIX = "restore-";
    private static final String SCRIPT_TO = "SCRIPT TO ?";
    private static final String RESTORER = "RAPPORT_RESTORE";
    // A script is SQL, and SQL run by an H2 admin can write files or define Java functions. A backup may come
    // from anywhere, so its statements run as a user who may create and fill tables but holds no admin right:
    // those statements fail instead. H2's tools have no way to say this, hence the three statements here.
    private static final String CREATE_RESTORER = "CREATE USER " + RESTORER + " PASSWORD ''";
    private static final String LET_RESTORER_BUILD = "GRANT ALTER ANY SCHEMA TO " + RESTORER;
    private static final String DROP_RESTORER = "DROP USER " + RESTORER;

    private StoreBackup() {
    }

    /**
     * Writes the schema and every row of the store to {@code out}, as SQL that H2 can run. H2 writes the script
     * straight into {@code out} as it goes ({@link ScriptOutlets}): no copy of the data is written anywhere else,
     * and the script is never held in memory whole.
     */
    public static void writeScript(Store store, OutputStream out) {
        try (ScriptOutlets.Outlet outlet = ScriptOutlets.open(out)) {
            store.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(SCRIPT_TO)) {
                    statement.setString(1, outlet.name());
                    statement.execute();
                } catch (SQLException e) {
                    // H2 names a failure to write as its own; the stream's failure says what went wrong.
                    Optional<IOException> failure = outlet.failure();
                    if (failure.isPresent()) {
                        throw new UncheckedIOException(failure.get());
                    }
                    throw e;
                }
                return null;
            });
        } catch (IOException e) {
            throw couldNotWrite(e);
        } catch (UncheckedIOException e) {
            throw couldNotWrite(e.getCause());
        }
    }

    private static UncheckedIOException couldNotWrite(IOException e) {
        return new UncheckedIOException("Could not write the backup: " + e.getMessage(), e);
    }

    /**
     * Builds a database from {@code script} in a new folder inside the store's data folder, encrypted as the
     * store is, and migrates it to this version's schema. The store is not touched: on any problem the staged
     * copy is deleted and an {@link UnusableBackupException} says what is wrong with the script.
     */
    public static Staged stage(Store store, InputStream script) {
        return stage(store, script, (done, total) -> { });
    }

    /** Told how many bytes of the backup's script have run, of how many; it may throw to stop the restore. */
    @FunctionalInterface
    public interface ScriptProgress {
        void ran(long done, long total);
    }

    /**
     * {@link #stage(Store, InputStream)}, telling {@code progress} how far it has got. Whatever {@code progress}
     * throws stops the restore before anything of the store is changed, and the scratch folder is deleted.
     */
    public static Staged stage(Store store, InputStream script, ScriptProgress progress) {
        Path folder = temporaryFolder(store);
        Staged staged = new Staged(store, folder);
        boolean built = false;
        try {
            ScratchFile copy = ScratchFile.in(folder);
            // Read to its end before anything is built: a damaged zip or sealed backup fails here, as a whole.
            try (OutputStream out = copy.write()) {
                script.transferTo(out);
            } catch (IOException e) {
                throw new UnusableBackupException("It could not be read to its end (" + e.getMessage() + ").", e);
            }
            build(store, folder, copy, progress);
            built = true;
            return staged;
        } finally {
            // Whatever stopped the build (a refused script, a full disk, an error of the JVM itself), the scratch
            // folder goes: a user who tries again must not lose another copy's worth of disk.
            if (!built) {
                staged.close();
            }
        }
    }

    /**
     * Deletes the scratch folders of restores that a killed process left in {@code dataDir}. Only call it while
     * holding the data folder's lock: then no restore of this store is running.
     */
    static void deleteLeftovers(Path dataDir) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDir, SCRATCH_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    deleteFolder(leftover);
                }
            }
        } catch (IOException e) {
            // Leftovers waste disk but harm nothing; the store opens all the same and tries again next time.
            LOG.warn("Could not clear old restore folders in the data folder: {}", e.getClass().getSimpleName());
        }
    }

    private static Path temporaryFolder(Store store) {
        try {
            return Files.createTempDirectory(store.dataDir(), SCRATCH_PREFIX);
        } catch (IOException e) {
            throw new StoreException("Rapport cannot write in its data folder " + store.dataDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void build(Store store, Path folder, ScratchFile script, ScriptProgress progress) {
        JdbcConnectionPool pool = StoreConnections.connect(folder, store.key().orElse(null));
        try {
            runAsRestorer(store, folder, script, pool, progress);
            MigrationInfo[] applied = StoreChecks.flyway(pool).info().applied();
            if (applied.length == 0) {
                throw new UnusableBackupException("The backup holds no Rapport data.");
            }
            try {
                StoreChecks.migrate(pool, folder);
            } catch (NewerStoreException e) {
                throw new UnusableBackupException("The backup was made by a newer version of Rapport. "
                        + "Update Rapport to restore it.", e);
            }
        } finally {
            pool.dispose();
        }
    }

    private static void runAsRestorer(Store store, Path folder, ScratchFile script, JdbcConnectionPool admin,
            ScriptProgress progress) {
        try (Connection owner = admin.getConnection()) {
            try (Statement statement = owner.createStatement()) {
                statement.execute(CREATE_RESTORER);
                statement.execute(LET_RESTORER_BUILD);
            }
            try (Connection restorer = store.connectAs(folder, RESTORER);
                 Reader text = new BufferedReader(new InputStreamReader(script.read(progress),
                         StandardCharsets.UTF_8))) {
                runStatements(restorer, text);
            }
            try (Statement statement = owner.createStatement()) {
                statement.execute(DROP_RESTORER);
            }
        } catch (SQLException e) {
            throw new UnusableBackupException("The backup's data could not be read: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runStatements(Connection restorer, Reader text) throws SQLException {
        ScriptReader statements = new ScriptReader(text);
        statements.setSkipRemarks(true);
        try (Statement statement = restorer.createStatement()) {
            for (String sql = statements.readStatement(); sql != null; sql = statements.readStatement()) {
                // The script re-creates its users; the restored store keeps Rapport's own instead. Its SET
                // statements are the old store's database settings, which Rapport gives when it opens a store.
                String start = sql.strip().toUpperCase(Locale.ROOT);
                if (!sql.isBlank() && !start.startsWith("CREATE USER ") && !start.startsWith("SET ")) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** A database built from a backup, waiting beside the store; closing it deletes what is left of it. */
    public static final class Staged implements AutoCloseable {

        private final Store store;
        private final Path folder;

        private Staged(Store store, Path folder) {
            this.store = store;
            this.folder = folder;
        }

        /** Makes the staged database the store's, in one atomic file replacement. */
        public void swapIn() {
            store.replaceDatabase(folder.resolve(Store.DATABASE_FILE));
        }

        @Override
        public void close() {
            deleteFolder(folder);
        }
    }

    /**
     * A temporary copy of a script, sealed with a random key that is forgotten with it: the data of a protected
     * store never lies in a plain file, not even for the seconds a restore takes.
     */
    private record ScratchFile(Path file, StoreKey key) {

        static ScratchFile in(Path folder) {
            return new ScratchFile(folder.resolve("restore.sql.sealed"), StoreKey.random());
        }

        InputStream read(ScriptProgress progress) throws IOException {
            long size = Files.size(file);
            return BackupSeal.opening(new WatchedInputStream(Files.newInputStream(file),
                    done -> progress.ran(done, size)), key);
        }

        OutputStream write() throws IOException {
            return BackupSeal.sealing(Files.newOutputStream(file), key);
        }
    }

    static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary folder {}: {}", folder, e.toString());
        }
    }
}
