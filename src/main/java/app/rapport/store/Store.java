package app.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.h2.jdbcx.JdbcConnectionPool;
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
    private final long versionAtOpen = writes.version();
    private final List<WriteListener> writeListeners = new CopyOnWriteArrayList<>();
    private RuleInputs ruleInputs;
    private long ruleInputsVersion = -1;
    private volatile boolean writeFailed;
    private volatile Runnable accessCheck = () -> { };
    // What the last close left (docs/decisions/0013), each until it is used or no longer true; else null.
    private volatile CompletableFuture<TableRows> summariesLeft;
    private CompletableFuture<StartSnapshot.Inputs> inputsLeft;

    private Store(Path dataDir, InstanceLock lock, JdbcConnectionPool pool, StoreKey key,
            byte[] leftAtClose) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.key = key;
        if (leftAtClose != null) {
            // Worked out once H2 has opened, beside the window being built, not beside the opening it waits for.
            StartSnapshot.Left left = StartSnapshot.readLater(leftAtClose);
            summariesLeft = left.summaries();
            inputsLeft = left.inputs();
        }
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
            // Taken before H2 opens the file, which may change it; taken by every opening, so that it is used
            // only by the one right after the close that left it.
            var snapshot = StartSnapshot.take(dataDir);
            StoreKey key = StoreEncryption.keyFor(dataDir, password);
            pool = StoreConnections.connect(dataDir, key);
            StoreChecks.checkReadable(pool, dataDir);
            StoreChecks.checkWritable(pool, dataDir);
            boolean migrated = StoreChecks.migrate(pool, dataDir);
            LOG.info("Store open in {}{}", dataDir, key == null ? "" : ", protected with a password");
            return new Store(dataDir, lock, pool, key,
                    migrated || key != null ? null : snapshot.orElse(null));
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw StorageFaults.of(dataDir, e).<RuntimeException>map(fault -> fault).orElse(e);
        }
    }

    /** The database in {@code folder} as another user, encrypted as this store is. */
    Connection connectAs(Path folder, String user) throws SQLException {
        return StoreConnections.dataSource(StoreConnections.fileUrl(folder), user, key).getConnection();
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
            try (Connection reopened = StoreConnections.dataSource(StoreConnections.jdbcUrl(dataDir) + ";OPEN_NEW=TRUE", "sa", key).getConnection()) {
                reopened.isValid(5);
            } catch (SQLException e) {
                throw StorageFaults.of(dataDir, e).<StoreException>map(fault -> fault).orElseGet(() ->
                        new StoreException("Rapport could not open its data in " + dataDir + " again: "
                                + e.getMessage(), e));
            }
            usePool(StoreConnections.connect(dataDir, key));
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
        if (ruleInputs == null && inputsLeft != null) {
            StartSnapshot.Inputs inputs = joined(inputsLeft);
            // Kept from here on as the rules' inputs, which change with every write: not twice.
            inputsLeft = null;
            if (inputs != null) {
                // As the store was when it opened; what was written since is read again below, as after any
                // write. The platforms and settings, a few rows, are read as they are now.
                ruleInputs = transact(tx -> new RuleInputs(inputs.contacts(), tx.platforms().all(),
                        tx.settings().ruleSettings(), inputs.links(), inputs.interactions()));
                ruleInputsVersion = versionAtOpen;
            }
        }
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
        JdbcConnectionPool reopened = StoreConnections.connect(dataDir, key);
        StoreChecks.checkReadable(reopened, dataDir);
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
        changeKey(newKey, KeyChangeProgress.NONE);
    }

    /**
     * {@link #changeKey(StoreKey)}, telling {@code progress} how far it has got; whatever {@code progress} throws
     * stops the change, with the data as it was.
     */
    public void changeKey(StoreKey newKey, KeyChangeProgress progress) {
        swap.writeLock().lock();
        Path staging = null;
        try {
            pool.dispose();
            try {
                staging = Files.createTempDirectory(dataDir, "rekey-");
                StoreEncryption.reencrypt(dataDir.resolve(DATABASE_FILE), staging.resolve(DATABASE_FILE), key, newKey,
                        (done, total) -> progress.at(KeyChangeProgress.Step.ENCRYPTING, done, total));
                progress.at(KeyChangeProgress.Step.CHECKING, 0, 0);
                JdbcConnectionPool check = StoreConnections.connect(staging, newKey);
                try {
                    StoreChecks.checkReadable(check, staging);
                } finally {
                    check.dispose();
                }
                progress.at(KeyChangeProgress.Step.REPLACING, 0, 0);
                Files.move(staging.resolve(DATABASE_FILE), dataDir.resolve(DATABASE_FILE),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                key = newKey;
            } finally {
                reopen();
                StoreBackup.deleteFolder(staging);
            }
            LOG.info("Store in {} {}", dataDir, newKey == null ? "no longer has a password" : "protected anew");
        } catch (IOException e) {
            throw new StoreException("Rapport could not change the password of its data in " + dataDir + ": "
                    + e.getMessage() + ". The data there is unchanged, with the password it had.", e);
        } finally {
            swap.writeLock().unlock();
        }
    }

    /**
     * The contacts table's rows as the last close left them (see {@link #closeLeaving}), while nothing written
     * since this store opened can have changed them; empty otherwise, and then they are to be read.
     */
    public Optional<TableRows> summariesAtOpen() {
        CompletableFuture<TableRows> left = summariesLeft;
        if (left == null) {
            return Optional.empty();
        }
        if (writes.summaryTablesWritten()) {
            summariesLeft = null;
            return Optional.empty();
        }
        TableRows rows = joined(left);
        if (rows == null) {
            summariesLeft = null;
        }
        return Optional.ofNullable(rows);
    }

    /** A part of what the last close left; null when it left none or it cannot be read (said in the log). */
    private static <T> T joined(CompletableFuture<T> left) {
        try {
            return left.join();
        } catch (CompletionException e) {
            LOG.warn("{}", e.getCause().getMessage());
            return null;
        }
    }

    /**
     * Whether the rules' inputs are in memory and current, or brought up to date by reading only the few
     * contacts written since: then {@link #ruleInputs} costs no read of everyone.
     */
    public synchronized boolean ruleInputsKept() {
        if (ruleInputs == null) {
            return false;
        }
        long version = writes.version();
        if (ruleInputsVersion == version) {
            return true;
        }
        WriteTracker.Change change = writes.changesBetween(ruleInputsVersion, version);
        return !change.everything() && change.contacts().size() <= MOST_CONTACTS_REREAD;
    }

    @Override
    public void close() {
        close(() -> { });
    }

    /**
     * Closes the store as {@link #close} does and, unless it is protected, leaves {@code rows} (the contacts
     * table's rows as they are now, and their order; null for none) and the rules' inputs, when they are kept,
     * for the next start to use before it has read anything else.
     */
    public void closeLeaving(TableRows rows) {
        RuleInputs inputs = key == null && ruleInputsKept() ? ruleInputs() : null;
        close(() -> {
            if (key == null && (rows != null || inputs != null)) {
                StartSnapshot.write(dataDir, rows, inputs);
            }
        });
    }

    /** {@code afterDatabase} runs once H2 has closed the file, with the instance lock still held. */
    private void close(Runnable afterDatabase) {
        swap.writeLock().lock();
        try {
            pool.dispose();
        } finally {
            swap.writeLock().unlock();
        }
        // Nothing can open the file between its close and what is written after it.
        afterDatabase.run();
        lock.close();
        LOG.info("Store closed");
    }
}
