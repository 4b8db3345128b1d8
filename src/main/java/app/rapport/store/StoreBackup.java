package app.rapport.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.Script;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole database as an H2 SQL script, and back. Restoring builds a new database from the script beside
 * the store first ({@link #stage}); only a complete, migrated one replaces the store's ({@link Staged#swapIn}).
 */
public final class StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

    private static final String RESTORER = "RAPPORT_RESTORE";
    // A script is SQL, and SQL run by an H2 admin can write files or define Java functions. A backup may come
    // from anywhere, so its statements run as a user who may create and fill tables but holds no admin right:
    // those statements fail instead. H2's tools have no way to say this, hence the three statements here.
    private static final String CREATE_RESTORER = "CREATE USER " + RESTORER + " PASSWORD ''";
    private static final String LET_RESTORER_BUILD = "GRANT ALTER ANY SCHEMA TO " + RESTORER;
    private static final String DROP_RESTORER = "DROP USER " + RESTORER;

    private StoreBackup() {
    }

    /** Writes the schema and every row of the store to {@code scriptFile}, as SQL that H2 can run. */
    public static void writeScript(Store store, Path scriptFile) {
        // H2 puts the file name in a SQL string literal unescaped; doubling quotes keeps "O'Brien" folders working.
        String fileName = scriptFile.toAbsolutePath().toString().replace("'", "''");
        store.withConnection(connection -> {
            Script.process(connection, fileName, "", "");
            return null;
        });
    }

    /**
     * Builds a database from {@code scriptFile} in a new folder inside the store's data folder, and migrates it to
     * this version's schema. The store is not touched: on any problem the staged copy is deleted and an
     * {@link UnusableBackupException} says what is wrong with the script.
     */
    public static Staged stage(Store store, Path scriptFile) {
        Path folder;
        try {
            folder = Files.createTempDirectory(store.dataDir(), "restore-");
        } catch (IOException e) {
            throw new StoreException("Rapport cannot write in its data folder " + store.dataDir() + ": "
                    + e.getMessage(), e);
        }
        Staged staged = new Staged(store, folder);
        try {
            build(folder, scriptFile);
            return staged;
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    private static void build(Path folder, Path scriptFile) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.jdbcUrl(folder), "sa", "");
        try {
            runAsRestorer(folder, scriptFile, pool);
            MigrationInfo[] applied = Store.flyway(pool).info().applied();
            if (applied.length == 0) {
                throw new UnusableBackupException("The backup holds no Rapport data.");
            }
            try {
                Store.migrate(pool, folder);
            } catch (NewerStoreException e) {
                throw new UnusableBackupException("The backup was made by a newer version of Rapport. "
                        + "Update Rapport to restore it.", e);
            }
        } finally {
            pool.dispose();
        }
    }

    private static void runAsRestorer(Path folder, Path scriptFile, JdbcConnectionPool admin) {
        try (Connection owner = admin.getConnection()) {
            try (Statement statement = owner.createStatement()) {
                statement.execute(CREATE_RESTORER);
                statement.execute(LET_RESTORER_BUILD);
            }
            try (Connection restorer = DriverManager.getConnection(Store.fileUrl(folder), RESTORER, "");
                 Reader text = Files.newBufferedReader(scriptFile, StandardCharsets.UTF_8)) {
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

        /** A leftover folder is only untidy, so failing to delete it is logged rather than thrown. */
        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.warn("Could not delete the restore folder {}: {}", folder, e.toString());
            }
        }
    }
}
