package app.rapport.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * What opening a database file checks before the store uses it: that it can be read (with this password), that
 * it may be written, and that its schema is this version's (migrated when older, refused when newer).
 */
final class StoreChecks {

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

    static void migrate(DataSource dataSource, Path dataDir) {
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
        } catch (FlywayException e) {
            throw new StoreException("Rapport could not update its data in " + dataDir + " to this version: "
                    + e.getMessage(), e);
        }
    }
}
