package app.rapport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file database in a data folder: locked to one process, migrated to the current schema on open.
 * All reads and writes go through {@link #transact}, one transaction per use case; {@link StoreBackup} saves
 * the whole database to a script and restores it.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    static final String DATABASE_NAME = "rapport";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    private static final String ENCRYPTED_HEADER = "H2encrypt";
    private static final Settings JOOQ_SETTINGS = new Settings().withExecuteLogging(false);

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path dataDir;
    private final InstanceLock lock;
    // Transactions share the read side; swapping in a restored database file takes the write side, so no
    // transaction ever sees the pool change under it.
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private JdbcConnectionPool pool;
    // Null while the store has no password. Kept (stretched, never the password itself) to reopen the file
    // after a restore and to seal backups.
    private volatile StoreKey key;
    private DSLContext dsl;
    /** Past this many, an IN list costs more than reading everyone. */
    private static final int MOST_CONTACTS_REREAD = 500;
    private final WriteTracker writes = new WriteTracker();
    private final List<WriteListener> writeListeners = new CopyOnWriteArrayList<>();
    private RuleInputs ruleInputs;
    private long ruleInputsVersion = -1;
    private volatile boolean writeFailed;
    private volatile Runnable accessCheck = () -> { };

    private Store(Path dataDir, InstanceLock lock, JdbcConnectionPool pool, StoreKey key) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.key = key;
        usePool(pool);
    }

    private void usePool(JdbcConnectionPool newPool) {
        this.pool = newPool;
        this.dsl = DSL.using(new DefaultConfiguration().set(newPool).set(SQLDialect.H2).set(JOOQ_SETTINGS)
                .set(writes));
    }

    /**
     * Opens (creating and migrating if needed) the store in {@code dataDir}.
     *
     * @throws PasswordNeededException when the store is protected with a password
     */
    public static Store open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens the store in {@code dataDir} with {@code password} when it is protected with one (a store without a
     * password opens as it is). The caller still owns the array and should clear it.
     *
     * @throws PasswordNeededException when the store is protected and {@code password} is null
     * @throws WrongPasswordException when {@code password} is not the store's
     */
    public static Store open(Path dataDir, char[] password) {
        try {
            Files.createDirectories(dataDir);
            Files.delete(Files.createTempFile(dataDir, "write-check-", ".tmp"));
        } catch (IOException e) {
            throw StorageFaults.of(dataDir, e).orElseThrow(() -> new StoreException(
                    "Rapport cannot write in its data folder " + dataDir + ": " + e.getMessage(), e));
        }
        InstanceLock lock = InstanceLock.acquire(dataDir);
        StoreBackup.deleteLeftovers(dataDir);
        JdbcConnectionPool pool = null;
        try {
            DamagedFiles.refuseSilentLoss(dataDir.resolve(DATABASE_FILE));
            StoreKey key = keyFor(dataDir, password);
            pool = connect(dataDir, key);
            checkReadable(pool, dataDir);
            checkWritable(pool, dataDir);
            migrate(pool, dataDir);
            LOG.info("Store open in {}{}", dataDir, key == null ? "" : ", protected with a password");
            return new Store(dataDir, lock, pool, key);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw StorageFaults.of(dataDir, e).<RuntimeException>map(fault -> fault).orElse(e);
        }
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
        return "jdbc:h2:file:" + fileSystem + dataDir.resolve(DATABASE_NAME).toAbsolutePath();
    }

    private static StoreKey keyFor(Path dataDir, char[] password) {
        if (!isProtected(dataDir)) {
            return null;
        }
        if (password == null || password.length == 0) {
            throw new PasswordNeededException("The data in " + dataDir + " is protected with a password. "
                    + "Give the password to open it.");
        }
        return StoreKey.fromPassword(password);
    }

    /** Whether the database in {@code dataDir} is encrypted: H2 starts an encrypted file with its own header. */
    static boolean isProtected(Path dataDir) {
        Path file = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(ENCRYPTED_HEADER.length()), StandardCharsets.US_ASCII)
                    .equals(ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("Rapport cannot read its data file in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A pool on the database in {@code folder}, encrypted with {@code key} unless it is null. */
    static JdbcConnectionPool connect(Path folder, StoreKey key) {
        return JdbcConnectionPool.create(dataSource(jdbcUrl(folder), "sa", key));
    }

    /** The database in {@code folder} as another user, encrypted as this store is. */
    Connection connectAs(Path folder, String user) throws SQLException {
        return dataSource(fileUrl(folder), user, key).getConnection();
    }

    private static JdbcDataSource dataSource(String url, String user, StoreKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(key == null ? url : url + ";CIPHER=AES");
        source.setUser(user);
        source.setPasswordChars(key == null ? new char[0] : key.connectionPassword());
        return source;
    }

    /** An H2 file system prefix (org.h2.store.fs) under the database: none but in tests that fill the disk. */
    static volatile String fileSystem = "";

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    private static void checkReadable(JdbcConnectionPool pool, Path dataDir) {
        try (var connection = pool.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new WrongPasswordException("That is not the password of the data in " + dataDir
                        + ". Check that Caps Lock is off, then try again.", e);
            }
            if (DamagedFiles.isDamage(e)) {
                throw new DamagedStoreException(dataDir.resolve(DATABASE_FILE), e);
            }
            throw new StoreException("Rapport cannot read its data file in " + dataDir
                    + ". It may be damaged or written by another program. (" + e.getMessage() + ")", e);
        }
    }

    /** H2 opens a database file it may not write read-only, without a word; Rapport refuses instead. */
    private static void checkWritable(JdbcConnectionPool pool, Path dataDir) {
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

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it when it throws. When the disk
     * fails the write, a {@link StoreWriteException} says so and the store stays at its last good state.
     */
    public <T> T transact(Function<StoreTransaction, T> work) {
        accessCheck.run();
        try {
            reopenAfterWriteFailure();
            return transactOnce(work);
        } catch (RuntimeException e) {
            Optional<StoreWriteException> fault = StorageFaults.of(dataDir, e);
            if (fault.isEmpty()) {
                throw e;
            }
            LOG.warn("The disk refused a write ({}); the database opens again at the next transaction",
                    fault.get().getClass().getSimpleName());
            writeFailed = true;
            throw fault.get();
        }
    }

    /**
     * H2 closes the database at the first write the disk refuses, that transaction not committed; the next
     * transaction opens it again at its last good state, by when the user may have freed some space. H2 keeps a
     * database that failed while opening for later connections, closed as it is, so a new one is asked for by
     * name; only then does the store's pool connect to it.
     */
    private void reopenAfterWriteFailure() {
        if (!writeFailed || swap.getReadHoldCount() > 0) {
            return;
        }
        swap.writeLock().lock();
        try {
            if (!writeFailed) {
                return;
            }
            pool.dispose();
            try (Connection reopened = dataSource(jdbcUrl(dataDir) + ";OPEN_NEW=TRUE", "sa", key).getConnection()) {
                reopened.isValid(5);
            } catch (SQLException e) {
                throw StorageFaults.of(dataDir, e).<StoreException>map(fault -> fault).orElseGet(() ->
                        new StoreException("Rapport could not open its data in " + dataDir + " again: "
                                + e.getMessage(), e));
            }
            usePool(connect(dataDir, key));
            writes.everythingChanged();
            writeFailed = false;
        } finally {
            swap.writeLock().unlock();
        }
    }

    private <T> T transactOnce(Function<StoreTransaction, T> work) {
        boolean outermost = !writes.inTransaction();
        boolean committed = false;
        swap.readLock().lock();
        writes.transactionStarted();
        try {
            T result = dsl.transactionResult(configuration ->
                    work.apply(new StoreTransaction(configuration.dsl(), writes)));
            committed = true;
            return result;
        } finally {
            boolean wrote = writes.transactionEnded();
            swap.readLock().unlock();
            if (outermost) {
                boolean committedWrite = committed && wrote;
                Touched touched = writes.takeTouched();
                writeListeners.forEach(listener -> listener.transactionEnded(committedWrite, touched));
            }
        }
    }

    /**
     * Runs {@code check} before every transaction, on the thread asking for it: tests of the window make it fail
     * when the FX thread uses the store, which would freeze the window behind a long restore.
     */
    public void checkAccess(Runnable check) {
        this.accessCheck = check;
    }

    /** Tells {@code listener}, on the writing thread, when a transaction ends and when the data is replaced. */
    public void addWriteListener(WriteListener listener) {
        writeListeners.add(listener);
    }

    /**
     * Runs {@code work} in one transaction that is always rolled back: it may change data to answer a
     * "what if" (such as the follow-up queue on another day), and the store stays as it was.
     */
    public <T> T rehearse(Function<StoreTransaction, T> work) {
        reopenAfterWriteFailure();
        swap.readLock().lock();
        try {
            return dsl.connectionResult(connection -> {
                connection.setAutoCommit(false);
                try {
                    return work.apply(new StoreTransaction(DSL.using(connection, SQLDialect.H2, JOOQ_SETTINGS), null));
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            });
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * The rules' inputs as committed, read once and kept: every page that shows verdicts, and the start-up
     * re-evaluation, would otherwise read 300,000 interactions again each time. A write changes them in place:
     * only the contacts it touched are read again (see {@link WriteTracker}); a write that cannot be narrowed
     * down, or more than {@link #MOST_CONTACTS_REREAD} contacts, has everything read again.
     */
    public synchronized RuleInputs ruleInputs() {
        long version = writes.version();
        if (ruleInputs != null && ruleInputsVersion == version) {
            return ruleInputs;
        }
        WriteTracker.Change change = ruleInputs == null ? WriteTracker.Change.EVERYTHING
                : writes.changesBetween(ruleInputsVersion, version);
        RuleInputs kept = ruleInputs;
        ruleInputs = change.everything() || change.contacts().size() > MOST_CONTACTS_REREAD
                ? transact(RuleInputs::read)
                : transact(tx -> kept.refreshed(tx, change.contacts(), change.platformsOrSettings()));
        ruleInputsVersion = version;
        return ruleInputs;
    }

    /** Lets {@code listener} see every statement from now on, beside the write tracker (tests count reads). */
    void observe(ExecuteListener listener) {
        dsl.configuration().set(writes, listener);
    }

    public void transactVoid(Consumer<StoreTransaction> work) {
        transact(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Lends a plain connection to H2's own tools (script and restore), which take no jOOQ context. */
    <T> T withConnection(SqlWork<T> work) {
        reopenAfterWriteFailure();
        swap.readLock().lock();
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw StorageFaults.of(dataDir, e).<StoreException>map(fault -> fault).orElseGet(() -> new StoreException(
                    "Rapport's database in " + dataDir + " reported a problem: " + e.getMessage(), e));
        } finally {
            swap.readLock().unlock();
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Makes {@code databaseFile} (a complete, migrated H2 file) the store's database. The instance lock stays
     * held throughout, so no other Rapport can open the folder in between. One atomic rename replaces the old
     * file: a crash leaves either the old database or the new one, never neither.
     */
    void replaceDatabase(Path databaseFile) {
        swap.writeLock().lock();
        try {
            // The last connection closing closes the H2 database, so the file is free to be replaced.
            pool.dispose();
            try {
                Files.move(databaseFile, dataDir.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                reopen();
            }
            LOG.info("Store database replaced in {}", dataDir);
        } catch (IOException e) {
            throw new StoreException("Rapport could not put the restored data in place in " + dataDir
                    + ": " + e.getMessage() + ". The data there is unchanged.", e);
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void reopen() {
        JdbcConnectionPool reopened = connect(dataDir, key);
        checkReadable(reopened, dataDir);
        usePool(reopened);
        writes.everythingChanged();
        writeListeners.forEach(WriteListener::replaced);
    }

    /** Whether the store is protected with a password. */
    public boolean isProtected() {
        return key != null;
    }

    /** The key the store is protected with, empty while it has no password. */
    public Optional<StoreKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Re-encrypts the database file with {@code newKey}, or decrypts it when null, while Rapport runs. The file is
     * re-encrypted as a copy beside it, checked, and moved over the old one in one step, with the instance lock
     * held: a failure or crash leaves the old file, with its old password, as it was.
     */
    public void changeKey(StoreKey newKey) {
        swap.writeLock().lock();
        Path staging = null;
        try {
            pool.dispose();
            try {
                staging = Files.createTempDirectory(dataDir, "rekey-");
                Files.copy(dataDir.resolve(DATABASE_FILE), staging.resolve(DATABASE_FILE));
                reencrypt(staging, key, newKey);
                JdbcConnectionPool check = connect(staging, newKey);
                try {
                    checkReadable(check, staging);
                } finally {
                    check.dispose();
                }
                Files.move(staging.resolve(DATABASE_FILE), dataDir.resolve(DATABASE_FILE),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                key = newKey;
            } finally {
                reopen();
                deleteFolder(staging);
            }
            LOG.info("Store in {} {}", dataDir, newKey == null ? "no longer has a password" : "protected anew");
        } catch (IOException | SQLException e) {
            throw new StoreException("Rapport could not change the password of its data in " + dataDir + ": "
                    + e.getMessage() + ". The data there is unchanged, with the password it had.", e);
        } finally {
            swap.writeLock().unlock();
        }
    }

    private static void reencrypt(Path folder, StoreKey from, StoreKey to) throws SQLException {
        char[] decrypt = from == null ? null : from.filePassword();
        char[] encrypt = to == null ? null : to.filePassword();
        try {
            ChangeFileEncryption.execute(folder.toString(), DATABASE_NAME, "AES", decrypt, encrypt, true);
        } finally {
            clear(decrypt);
            clear(encrypt);
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** Deletes {@code folder} and all in it; a leftover is only untidy, so a failure is logged, not thrown. */
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

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            pool.dispose();
        } finally {
            swap.writeLock().unlock();
        }
        lock.close();
        LOG.info("Store closed");
    }
}
