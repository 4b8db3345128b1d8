package app.rapport.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import app.rapport.store.DamagedFiles;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.Store;
import app.rapport.store.StoreKey;
import app.rapport.store.UnusableBackupException;
import app.rapport.store.WrongPasswordException;

/**
 * Getting back to work when the store's database file is damaged: find the newest backup, keep the damaged
 * file aside under a new name, and restore a backup into a new store in its place. A backup that cannot be
 * restored leaves the folder exactly as it was, damaged file included, so nothing ever starts empty over it.
 */
public final class StoreRecovery {

    /** A backup file and when it was written. */
    public record Backup(Path file, LocalDateTime written, long bytes) {
    }

    /**
     * The store, open on the restored data, for the caller to use and close; the backup it came from; where
     * the damaged file now is (null when there was none); and how many contacts the store holds now.
     */
    public record Recovered(Store store, Path backup, Path damagedFile, int contacts) {
    }

    private final Path dataDir;
    private final Clock clock;

    public StoreRecovery(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where backups are, automatic or made by hand: {@code backups/} in the data folder. */
    public Path backupsFolder() {
        return dataDir.resolve("backups");
    }

    /** The most recently written backup in {@link #backupsFolder()}, automatic or made by hand. */
    public Optional<Backup> latestBackup() {
        Path folder = backupsFolder();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        // Names starting with a dot are backups still being written (or left half-written by a crash).
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".zip")
                            && !file.getFileName().toString().startsWith("."))
                    .max(Comparator.comparing(StoreRecovery::modified)).map(this::describe);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look into the backups folder " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private Backup describe(Path file) {
        try {
            return new Backup(file, LocalDateTime.ofInstant(modified(file).toInstant(), clock.getZone()), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Moves the damaged database file aside, opens a new store in its place and restores {@code zip} into it.
     *
     * @throws UnusableBackupException when the backup cannot be restored; the damaged file is then back in place
     */
    public Recovered restore(Path zip) {
        return restore(zip, null);
    }

    /**
     * {@link #restore(Path)} of a backup sealed with {@code password} (null for a plain one). The new store gets
     * that password before the backup's data goes in, so the data is never on disk unencrypted. The caller
     * still owns the array and should clear it.
     *
     * @throws PasswordNeededException when the backup is sealed and {@code password} is null
     * @throws WrongPasswordException when {@code password} does not open the backup
     */
    public Recovered restore(Path zip, char[] password) {
        return restore(zip, password, WorkProgress.NONE);
    }

    /**
     * {@link #restore(Path, char[])}, telling {@code progress} how far it has got.
     *
     * @throws WorkCancelledException when Cancel was pressed in time; the damaged file is then back in place
     */
    public Recovered restore(Path zip, char[] password, WorkProgress progress) {
        if (!Files.isRegularFile(zip)) {
            throw new UnusableBackupException(zip + " does not exist or is not a file. Nothing was changed.");
        }
        Path aside = Files.exists(DamagedFiles.databaseFile(dataDir))
                ? DamagedFiles.moveAside(dataDir, LocalDateTime.now(clock)) : null;
        Store store = null;
        try {
            store = Store.open(dataDir);
            if (password != null) {
                store.changeKey(StoreKey.fromPassword(password));
            }
            BackupService.Restored restored = new BackupService(store, clock).restoreIntoNewStore(zip, progress);
            return new Recovered(store, restored.backup(), aside, restored.contacts());
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            if (aside != null) {
                DamagedFiles.putBack(aside, dataDir);
            }
            throw e;
        }
    }
}
