package app.rapport.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What opening a database file checks before the store uses it: that it can be read (with this password), that
 * it may be written, and that its schema is this version's (migrated when older, refused when newer).
 */
final class StoreChecks {

    /**
     * The schema version of the newest script in {@code db/migration}; {@code MigrationTest} fails when a new
     * script is added without raising it.
     */
    static final int SCHEMA_VERSION = 12;

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private StoreChecks() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    static void checkReadable(JdbcConnectionPool pool, Path dataDir) {
        try (var connection = pool.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new WrongPasswordException("That is not the password of the data in " + dataDir
                        + ". Check that Caps Lock is off, then try again.", e);
            }
            if (DamagedFiles.isDamage(e)) {
                throw new DamagedStoreException(dataDir.resolve(Store.DATABASE_FILE), e);
            }
            throw new StoreException("Rapport cannot read its data file in " + dataDir
                    + ". It may be damaged or written by another program. (" + e.getMessage() + ")", e);
        }
    }

    /** H2 opens a database file it may not write read-only, without a word; Rapport refuses instead. */
    static void checkWritable(JdbcConnectionPool pool, Path dataDir) {
        try (var connection = pool.getConnection()) {
            if (connection.isReadOnly()) {
                throw new StoreReadOnlyException(dataDir, null);
            }
        } catch (SQLException e) {
            throw new StoreException("Rapport cannot read its data file in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the schema to this version. Flyway scans its scripts, checksums them and reads its history every
     * time it is asked, which took a third of a second on every start; a store whose history already ends,
     * successfully, at this version needs none of that, so only a store at another version meets Flyway.
     */
    static boolean migrate(DataSource dataSource, Path dataDir) {
        if (isAtThisVersion(dataSource)) {
            return false;
        }
        Flyway flyway = flyway(dataSource);
        try {
            MigrationInfo[] all = flyway.info().all();
            boolean fromTheFuture = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED);
            if (fromTheFuture) {
                String storeVersion = Arrays.stream(all).filter(m -> m.getVersion() != null && m.getState().isApplied())
                        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                        .map(Object::toString).orElse("?");
                String known = Arrays.stream(all).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                        .map(Object::toString).orElse("?");
                throw new NewerStoreException(dataDir, storeVersion, known);
            }
            flyway.migrate();
            return true;
        } catch (FlywayException e) {
            throw new StoreException("Rapport could not update its data in " + dataDir + " to this version: "
                    + e.getMessage(), e);
        }
    }

    static boolean isAtThisVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // Asked first rather than queried and failed: H2 writes every failed query to a trace file beside the
            // store, which a new store would then carry for good.
            try (ResultSet found = connection.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
                if (!found.next()) {
                    return false;
                }
            }
            List<Record2<String, Boolean>> history = DSL.using(connection, SQLDialect.H2)
                    .select(field(name("version"), String.class), field(name("success"), Boolean.class))
                    .from(table(name(HISTORY_TABLE)))
                    .fetch();
            return !history.isEmpty()
                    && history.stream().allMatch(row -> Boolean.TRUE.equals(row.value2()))
                    && history.stream().map(Record2::value1).filter(Objects::nonNull)
                            .mapToInt(Integer::parseInt).max().orElse(0) == SCHEMA_VERSION;
        } catch (SQLException | RuntimeException noHistoryYet) {
            // Anything unexpected is Flyway's to judge and to explain.
            return false;
        }
    }
}
