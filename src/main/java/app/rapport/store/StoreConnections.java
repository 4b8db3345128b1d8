package app.rapport.store;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/** How the store reaches its H2 database file: the URL with its settings, and the pools and sources on it. */
final class StoreConnections {

    private StoreConnections() {
    }

    // Lazy execution streams a result to the reader row by row; otherwise H2 buffers any result of more than a
    // few ten thousand rows in a temporary file first, and reading 300,000 interactions took twice as long.
    // A 4 MB page cache instead of 16: the whole-store reads are kept as RuleInputs above H2, so its cache
    // mostly held pages nobody would ask for again, in a heap that should stay small.
    // No write delay: by default H2 writes commits to the file up to half a second later, and StoreCrashIT
    // found a killed process losing every transaction of that last half second. With a chunk per commit, H2
    // 2.4.240's compaction on close trips its own free-space assertion (a restore in BackupServiceTest showed
    // it), so the file is not compacted on close; H2 still reuses the free space inside it.
    static String jdbcUrl(Path dataDir) {
        return fileUrl(dataDir) + ";LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=4096;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** The database without settings: a user who is not an admin may not give them (the restorer, say). */
    static String fileUrl(Path dataDir) {
        return "jdbc:h2:file:" + fileSystem + dataDir.resolve(Store.DATABASE_NAME).toAbsolutePath();
    }

    /** A pool on the database in {@code folder}, encrypted with {@code key} unless it is null. */
    static JdbcConnectionPool connect(Path folder, StoreKey key) {
        return JdbcConnectionPool.create(dataSource(jdbcUrl(folder), "sa", key));
    }

    static JdbcDataSource dataSource(String url, String user, StoreKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(key == null ? url : url + ";CIPHER=AES");
        source.setUser(user);
        source.setPasswordChars(key == null ? new char[0] : key.connectionPassword());
        return source;
    }

    /** An H2 file system prefix (org.h2.store.fs) under the database: none but in tests that fill the disk. */
    static volatile String fileSystem = "";
}
