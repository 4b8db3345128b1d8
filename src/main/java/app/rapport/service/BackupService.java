package app.rapport.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.interchange.backup.BackupZip;
import app.rapport.interchange.backup.BackupZipException;
import app.rapport.store.BackupSeal;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.Store;
import app.rapport.store.StoreBackup;
import app.rapport.store.StoreKey;
import app.rapport.store.UnusableBackupException;
import app.rapport.store.WatchedInputStream;
import app.rapport.store.WrongPasswordException;

/**
 * Backups of the whole store as zip files laid out by {@link BackupZip}, and restoring one. The backup of a store
 * protected with a password is the zip sealed with it ({@link BackupSeal}). Every backup is written through
 * {@link AtomicFile}, so a failure never leaves half a zip under its name.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    /** How many automatic daily backups are kept; the ones made by hand are never deleted. */
    public static final int AUTOMATIC_KEPT = 7;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("auto-\\d{4}-\\d{2}-\\d{2}\\.zip");
    private static final String BACKING_UP = "Backing up";
    private static final String RESTORE_CANCELLED = "The restore was cancelled. Nothing was changed.";

    /**
     * What a restore did: where the data came from, where the data it replaced was saved, and how many contacts
     * (archived ones included) are there now. {@code previousData} is null after {@link #restoreIntoNewStore}.
     */
    public record Restored(Path backup, Path previousData, int contacts) {
    }

    private final Store store;
    private final Clock clock;

    public BackupService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Where backups go unless told otherwise: {@code backups/} in the data folder. */
    public Path folder() {
        return store.dataDir().resolve("backups");
    }

    /**
     * Writes a backup to {@code fileOrNull}; into that folder under the usual name when it is a folder; or into
     * {@link #folder()} when null. Returns the file written.
     */
    public Path backup(Path fileOrNull) {
        return backup(fileOrNull, WorkProgress.NONE);
    }

    /**
     * {@link #backup(Path)}, telling {@code progress} how far it has got.
     *
     * @throws WorkCancelledException when {@code progress} says Cancel was pressed; no file is left behind
     */
    public Path backup(Path fileOrNull, WorkProgress progress) {
        String name = "rapport-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path target;
        if (fileOrNull == null) {
            target = createdFolder().resolve(name);
        } else {
            target = Files.isDirectory(fileOrNull) ? fileOrNull.resolve(name) : fileOrNull;
        }
        return write(target.toAbsolutePath(), progress, BACKING_UP,
                "The backup was cancelled. No file was written.");
    }

    /**
     * Today's automatic backup, {@code auto-YYYY-MM-DD.zip} in {@link #folder()}, unless there is one already;
     * then only the newest {@value #AUTOMATIC_KEPT} automatic ones are kept. Empty when today's existed.
     */
    public Optional<Path> automaticDailyBackup() {
        Path target = createdFolder().resolve("auto-" + LocalDate.now(clock) + ".zip");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        write(target, WorkProgress.NONE, BACKING_UP, "");
        pruneAutomatic();
        return Optional.of(target);
    }

    /**
     * Replaces all data with the backup's. The zip is checked and its data built into a new database before
     * anything changes; then the current data is saved as {@code before-restore-….zip} in {@link #folder()},
     * and the new database takes the old one's place in one step. A backup sealed with a password is opened
     * with the store's own.
     *
     * @throws UnusableBackupException when the file is missing, not a Rapport backup, or damaged; nothing changed
     * @throws PasswordNeededException when the backup is sealed with a password other than the store's
     */
    public Restored restore(Path zip) {
        return restore(zip, null);
    }

    /**
     * {@link #restore(Path)} with the password the backup was sealed with; null to try the store's own. The
     * caller still owns the array and should clear it.
     *
     * @throws WrongPasswordException when {@code password} does not open the backup
     */
    public Restored restore(Path zip, char[] password) {
        return restore(zip, password, WorkProgress.NONE);
    }

    /**
     * {@link #restore(Path, char[])}, telling {@code progress} how far it has got.
     *
     * @throws WorkCancelledException when {@code progress} says Cancel was pressed before the backup's data took
     *                                  the place of the store's; nothing was changed
     */
    public Restored restore(Path zip, char[] password, WorkProgress progress) {
        if (!Files.isRegularFile(zip)) {
            throw new UnusableBackupException(zip + " does not exist or is not a file. Nothing was changed.");
        }
        Path previous;
        try (StoreBackup.Staged staged = stage(zip, password, progress)) {
            previous = write(createdFolder().resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP)
                    + ".zip"), progress, "Keeping a copy of your data as it is now", RESTORE_CANCELLED);
            swapIn(staged, progress);
        }
        int contacts = store.transact(tx -> tx.contacts().allForRules().size());
        return new Restored(zip.toAbsolutePath(), previous, contacts);
    }

    /**
     * Restores the backup into a store that was just created in place of a damaged one and holds nothing yet:
     * unlike {@link #restore}, no "before-restore" copy is made, since an empty copy would only become the
     * newest file in the backups folder and hide the real backups behind it.
     *
     * @throws UnusableBackupException when the file is missing, not a Rapport backup, or damaged; nothing changed
     */
    public Restored restoreIntoNewStore(Path zip) {
        return restoreIntoNewStore(zip, WorkProgress.NONE);
    }

    /** {@link #restoreIntoNewStore(Path)}, telling {@code progress} how far it has got; see {@link #restore}. */
    public Restored restoreIntoNewStore(Path zip, WorkProgress progress) {
        if (!Files.isRegularFile(zip)) {
            throw new UnusableBackupException(zip + " does not exist or is not a file. Nothing was changed.");
        }
        try (StoreBackup.Staged staged = stage(zip, null, progress)) {
            swapIn(staged, progress);
        }
        int contacts = store.transact(tx -> tx.contacts().allForRules().size());
        return new Restored(zip.toAbsolutePath(), null, contacts);
    }

    /** The last step, which cannot be cancelled: past it, the store is the backup's. */
    private static void swapIn(StoreBackup.Staged staged, WorkProgress progress) {
        progress.stopIfCancelled(RESTORE_CANCELLED);
        progress.worked("Putting the backup's data in place", 0, 0);
        staged.swapIn();
    }

    private StoreBackup.Staged stage(Path zip, char[] password, WorkProgress progress) {
        boolean sealed = BackupSeal.isSealed(zip);
        try (InputStream file = watched(zip, progress);
             InputStream opened = sealed ? BackupSeal.opening(file, keyFor(zip, password)) : file) {
            return BackupZip.readScript(opened, script -> StoreBackup.stage(store, script, (done, total) -> {
                progress.stopIfCancelled(RESTORE_CANCELLED);
                progress.worked("Reading the backup", done, total);
            }));
        } catch (WrongPasswordException e) {
            if (password == null) {
                throw new PasswordNeededException(zip.getFileName() + " is protected with another password than "
                        + "your data. Give the backup's password to restore it. Nothing was changed.");
            }
            throw new WrongPasswordException("That is not the password of " + zip.getFileName()
                    + ". Nothing was changed.", e);
        } catch (BackupZipException e) {
            throw unusable(zip, e.getMessage(), e);
        } catch (UnusableBackupException e) {
            throw e.getMessage().startsWith(zip.toString()) ? e : unusable(zip, e.getMessage(), e);
        } catch (IOException e) {
            throw unusable(zip, "It could not be read as a zip file (" + e.getMessage() + ").", e);
        }
    }

    private static InputStream watched(Path zip, WorkProgress progress) throws IOException {
        long size = Files.size(zip);
        return new WatchedInputStream(Files.newInputStream(zip), done -> {
            progress.stopIfCancelled(RESTORE_CANCELLED);
            progress.worked("Unpacking the backup", done, size);
        });
    }

    private StoreKey keyFor(Path zip, char[] password) {
        if (password != null) {
            return StoreKey.fromPassword(password);
        }
        return store.key().orElseThrow(() -> new PasswordNeededException(zip.getFileName()
                + " is protected with a password. Give its password to restore it. Nothing was changed."));
    }

    /**
     * Seals every backup in {@link #folder()} with {@code to}, or unseals it when null, after the store's own
     * password changed from {@code from} (null: it had none), telling {@code progress} how far it has got. It does
     * not stop at a Cancel: the store's password has changed, and the backups must follow it. A backup sealed with
     * yet another password, or damaged, is left as it was, and counted.
     *
     * @return how many backups were left as they were
     */
    public int reseal(StoreKey from, StoreKey to, WorkProgress progress) {
        if (!Files.isDirectory(folder())) {
            return 0;
        }
        String step = to == null ? "Opening the backups' seals" : "Sealing the backups";
        int left = 0;
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> zips = files.filter(file -> file.getFileName().toString().endsWith(".zip")).toList();
            long[] sizes = new long[zips.size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = Files.size(zips.get(i));
            }
            long total = Arrays.stream(sizes).sum();
            progress.worked(step, 0, total);
            long before = 0;
            for (int i = 0; i < sizes.length; i++) {
                Path backup = zips.get(i);
                long start = before;
                try {
                    BackupSeal.reseal(backup, from, to, done -> progress.worked(step, start + done, total));
                } catch (WrongPasswordException | IOException e) {
                    // The store's password has already changed; one backup that cannot be re-written must not
                    // make that look like a failure. It is counted, and the message says so.
                    LOG.warn("Backup {} left as it was: {}", backup.getFileName(), e.getClass().getSimpleName());
                    left++;
                }
                before += sizes[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not re-write the backups in " + folder() + ": " + e.getMessage(), e);
        }
        return left;
    }

    private static UnusableBackupException unusable(Path zip, String problem, Throwable cause) {
        return new UnusableBackupException(zip + " cannot be restored. " + problem + " Nothing was changed.", cause);
    }

    /**
     * Writes the backup, telling {@code progress} how far it got as {@code step}; a Cancel throws
     * {@link WorkCancelledException} with {@code cancelled} as its message, and no file is left.
     */
    private Path write(Path target, WorkProgress progress, String step, String cancelled) {
        LocalDateTime madeAt = LocalDateTime.now(clock);
        Optional<StoreKey> key = store.key();
        progress.worked(step, 0, 0);
        ArchiveSnapshot.Written written = (done, total) -> {
            progress.stopIfCancelled(cancelled);
            progress.worked(step, done, total);
        };
        try {
            AtomicFile.write(target, out -> {
                try (OutputStream sealed = key.isPresent() ? BackupSeal.sealing(out, key.get()) : out) {
                    BackupZip.write(sealed, script -> writeScript(script, progress),
                            archive -> store.transact(tx -> ArchiveSnapshot.write(tx, archive, written)), madeAt);
                }
            });
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CancelledWrite) {
                throw new WorkCancelledException(cancelled);
            }
            throw e;
        }
        return target;
    }

    /**
     * H2 writes the script by itself, a sixth of the time a backup takes; the only way to stop it at a Cancel is
     * to refuse what it writes. The archive after it counts the contacts: the progress shown.
     */
    private void writeScript(OutputStream script, WorkProgress progress) {
        StoreBackup.writeScript(store, new FilterOutputStream(script) {
            @Override
            public void write(int b) throws IOException {
                refuseWhenCancelled(progress);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                refuseWhenCancelled(progress);
                out.write(b, off, len);
            }
        });
    }

    private static void refuseWhenCancelled(WorkProgress progress) throws CancelledWrite {
        if (progress.isCancelled()) {
            throw new CancelledWrite();
        }
    }

    /** What the script's stream throws at a Cancel, to be told from a disk that failed. */
    private static final class CancelledWrite extends IOException {
    }

    private void pruneAutomatic() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> newestFirst = files.filter(file -> AUTOMATIC.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
            for (Path old : newestFirst.subList(Math.min(AUTOMATIC_KEPT, newestFirst.size()), newestFirst.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not tidy the old backups in " + folder() + ": " + e.getMessage(), e);
        }
    }

    private Path createdFolder() {
        try {
            return Files.createDirectories(folder());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the backups folder " + folder() + ": " + e.getMessage(), e);
        }
    }
}
