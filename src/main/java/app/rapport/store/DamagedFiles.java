package app.rapport.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.h2.api.ErrorCode;

/**
 * Telling a damaged database file from other reasons a store will not open, and keeping a damaged file aside
 * (renamed, never deleted or overwritten) so a backup can be restored in its place.
 */
public final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    // H2 starts an encrypted file with this; such a file is not damaged, it only needs its password.
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private DamagedFiles() {
    }

    /** The store's database file in {@code dataDir}, damaged or not. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(Store.DATABASE_FILE);
    }

    /**
     * H2 takes an empty file for a new database and would start an empty store over it. An empty file is one
     * whose data was lost (a crash while it was written, a failed copy), so it is refused as damaged.
     */
    static void refuseEmpty(Path databaseFile) {
        try {
            if (Files.isRegularFile(databaseFile) && Files.size(databaseFile) == 0) {
                throw new DamagedStoreException(databaseFile, null);
            }
        } catch (IOException e) {
            throw new StoreException("Rapport cannot read its data file " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when opening failed because the file's content is not a readable database: H2 says the file is
     * corrupted, or it ran out of file while reading a page (a file cut short). A file H2 could not read for
     * other reasons (no permission, a full disk) or an encrypted one is not called damaged.
     */
    static boolean isDamage(SQLException problem, Path databaseFile) {
        if (isEncrypted(databaseFile)) {
            return false;
        }
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
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
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
