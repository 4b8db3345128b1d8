package app.rapport.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a failure of the disk under the store (full, or not writable) in whatever H2, jOOQ or Flyway
 * wrapped it in, so the user reads what happened and what to do instead of a database error. Only the operating
 * system's own wording is there to go by; Linux, macOS and Windows are covered.
 */
final class StorageFaults {

    private static final String[] DISK_FULL = {"no space left on device", "not enough space on the disk",
            "disk quota exceeded"};
    private static final String[] READ_ONLY = {"read-only file system", "the media is write protected"};

    private StorageFaults() {
    }

    static Optional<StoreWriteException> of(Path dataDir, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreWriteException known) {
                return Optional.of(known);
            }
            if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException) {
                return Optional.of(new StoreReadOnlyException(dataDir, failure));
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (mentions(message, DISK_FULL)) {
                return Optional.of(new StoreDiskFullException(dataDir, failure));
            }
            if (mentions(message, READ_ONLY)) {
                return Optional.of(new StoreReadOnlyException(dataDir, failure));
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(String message, String[] phrases) {
        for (String phrase : phrases) {
            if (message.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
