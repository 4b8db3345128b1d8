package app.rapport.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import java.util.stream.Stream;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Telling a damaged database file from other reasons a store will not open, and keeping a damaged file aside
 * (renamed, never deleted or overwritten) so a backup can be restored in its place.
 */
public final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DamagedFiles() {
    }

    /** The store's database file in {@code dataDir}, damaged or not. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(Store.DATABASE_FILE);
    }

    /**
     * Refuses, before H2 opens it for writing, a file whose data H2 would silently lose. H2 takes an empty file
     * for a new database, and when the newest part of a file is unreadable it falls back to an older part
     * without a word: a store cut short or overwritten in the middle opened with none of the contacts saved
     * since. The file's header names the newest part it was written with; when the newest part H2 can read
     * is older than that, the file is damaged.
     */
    static void refuseSilentLoss(Path databaseFile) {
        try {
            if (!Files.isRegularFile(databaseFile) || isEncrypted(databaseFile)) {
                return;
            }
            if (Files.size(databaseFile) == 0) {
                // Empty, it holds nothing to lose; with backups beside it, it once held data and the user should
                // get the chance to restore. Without any, it is a first start that failed before H2 wrote a
                // byte (a full disk, say), and the next start simply begins the store.
                if (hasBackups(databaseFile.getParent())) {
                    throw new DamagedStoreException(databaseFile, null);
                }
                return;
            }
        } catch (IOException e) {
            throw new StoreException("Rapport cannot read its data file " + databaseFile + ": " + e.getMessage(), e);
        }
        try (MVStore peek = new MVStore.Builder().fileName(databaseFile.toString()).readOnly().open()) {
            Object header = peek.getFileStore().getStoreHeader().get("version");
            // H2 keeps header values as hexadecimal text.
            long written = header instanceof Number number ? number.longValue()
                    : header == null ? -1 : Long.parseLong(header.toString(), 16);
            if (written > peek.getFileStore().lastChunkVersion()) {
                throw new DamagedStoreException(databaseFile, null);
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT || e.getErrorCode() == DataUtils.ERROR_READING_FAILED) {
                throw new DamagedStoreException(databaseFile, e);
            }
            // Anything else (the file locked by another program, say) is for the real open to report.
        } catch (NumberFormatException e) {
            // A header H2 wrote differently from what is known here: the real open decides.
        }
    }

    private static boolean hasBackups(Path dataDir) throws IOException {
        Path backups = dataDir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".zip"));
        }
    }

    /**
     * True when opening failed because the file's content is not a readable database: H2 says the file is
     * corrupted, or it ran out of file while reading a page (a file cut short). A file H2 could not read for
     * other reasons (no permission, a full disk) is not called damaged. An encrypted file only gets this far
     * opened with a password H2 accepted (a wrong one is H2's encryption error, told apart before), so damage
     * to a protected store is damage like any other, and gets the same recovery.
     */
    static boolean isDamage(SQLException problem) {
        if (problem.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return true;
        }
        if (problem.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || problem.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
            for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof EOFException) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEncrypted(Path databaseFile) {
        return StoreEncryption.isProtected(databaseFile.getParent());
    }

    /**
     * Renames the store's database file in {@code dataDir} to {@code rapport.mv.db.damaged-<yyyyMMdd-HHmmss>}
     * beside it, holding the instance lock so no Rapport opens the folder meanwhile. A name already taken gets
     * a counter: nothing is ever overwritten. Returns the new name.
     */
    public static Path moveAside(Path dataDir, LocalDateTime now) {
        Path databaseFile = dataDir.resolve(Store.DATABASE_FILE);
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            String base = Store.DATABASE_FILE + ".damaged-" + now.format(STAMP);
            for (int attempt = 1; ; attempt++) {
                Path aside = dataDir.resolve(attempt == 1 ? base : base + "-" + attempt);
                try {
                    // Without REPLACE_EXISTING a move never overwrites: a taken name throws instead.
                    return Files.move(databaseFile, aside);
                } catch (FileAlreadyExistsException taken) {
                    // Try the next name.
                }
            }
        } catch (IOException e) {
            throw new StoreException("Rapport could not move its damaged data file " + databaseFile + " aside: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /**
     * Puts a file moved aside back as the store's database, when restoring a backup in its place failed: the
     * folder is then as it was, and the next start asks again. The new, empty database made for the restore
     * is deleted first; it held nothing.
     */
    public static void putBack(Path aside, Path dataDir) {
        Path databaseFile = dataDir.resolve(Store.DATABASE_FILE);
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            Files.deleteIfExists(databaseFile);
            Files.move(aside, databaseFile);
        } catch (IOException e) {
            throw new StoreException("Rapport could not put the damaged data file " + aside + " back: "
                    + e.getMessage() + ". It is still there, under that name.", e);
        }
    }
}
