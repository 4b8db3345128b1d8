package app.rapport.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import app.rapport.interchange.archive.ArchiveWriter;
import app.rapport.store.Store;
import app.rapport.store.StoreBackup;
import app.rapport.store.UnusableBackupException;

/**
 * Backups of the whole store as zip files (an H2 SQL script, the same data as a Rapport archive, and a README),
 * and restoring one. Every backup is
 * written beside its target first and moved into place, so a failure never leaves half a zip under its name.
 */
public final class BackupService {

    public static final String SCRIPT_ENTRY = "rapport.sql";
    public static final String README_ENTRY = "README.txt";
    /** The same data as a Rapport archive, readable without Rapport and importable into any store. */
    public static final String ARCHIVE_ENTRY = "rapport.rapport.json";
    /** How many automatic daily backups are kept; the ones made by hand are never deleted. */
    public static final int AUTOMATIC_KEPT = 7;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("auto-\\d{4}-\\d{2}-\\d{2}\\.zip");

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
        String name = "rapport-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path target;
        if (fileOrNull == null) {
            target = createdFolder().resolve(name);
        } else {
            target = Files.isDirectory(fileOrNull) ? fileOrNull.resolve(name) : fileOrNull;
        }
        return write(target.toAbsolutePath());
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
        write(target);
        pruneAutomatic();
        return Optional.of(target);
    }

    /**
     * Replaces all data with the backup's. The zip is checked and its data built into a new database before
     * anything changes; then the current data is saved as {@code before-restore-….zip} in {@link #folder()},
     * and the new database takes the old one's place in one step.
     *
     * @throws UnusableBackupException when the file is missing, not a Rapport backup, or damaged; nothing changed
     */
    public Restored restore(Path zip) {
        Path script = extractScript(zip);
        Path previous;
        try (StoreBackup.Staged staged = stage(zip, script)) {
            previous = write(createdFolder().resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP)
                    + ".zip"));
            staged.swapIn();
        } finally {
            deleteQuietly(script);
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
        Path script = extractScript(zip);
        try (StoreBackup.Staged staged = stage(zip, script)) {
            staged.swapIn();
        } finally {
            deleteQuietly(script);
        }
        int contacts = store.transact(tx -> tx.contacts().allForRules().size());
        return new Restored(zip.toAbsolutePath(), null, contacts);
    }

    private StoreBackup.Staged stage(Path zip, Path script) {
        try {
            return StoreBackup.stage(store, script);
        } catch (UnusableBackupException e) {
            throw unusable(zip, e.getMessage(), e);
        }
    }

    private Path extractScript(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new UnusableBackupException(zip + " does not exist or is not a file. Nothing was changed.");
        }
        Path script;
        try {
            script = Files.createTempFile(store.dataDir(), "restore-", ".sql");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write in " + store.dataDir() + ": " + e.getMessage(), e);
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.getEntry(SCRIPT_ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw unusable(zip, "It is not a Rapport backup: it has no " + SCRIPT_ENTRY + ".", null);
            }
            // Reading the entry to its end checks its CRC, so a damaged zip is refused here.
            try (InputStream in = archive.getInputStream(entry)) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            return script;
        } catch (IOException e) {
            deleteQuietly(script);
            throw unusable(zip, "It could not be read as a zip file (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            deleteQuietly(script);
            throw e;
        }
    }

    private static UnusableBackupException unusable(Path zip, String problem, Throwable cause) {
        return new UnusableBackupException(zip + " cannot be restored. " + problem + " Nothing was changed.", cause);
    }

    private Path write(Path target) {
        Path folder = target.getParent();
        Path script = null;
        Path part = null;
        try {
            script = Files.createTempFile(folder, ".rapport-", ".sql");
            part = Files.createTempFile(folder, ".rapport-backup-", ".part");
            StoreBackup.writeScript(store, script);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                Files.copy(script, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(ARCHIVE_ENTRY));
                ArchiveWriter.write(store.transact(ArchiveSnapshot::of), new NonClosing(zip));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(README_ENTRY));
                zip.write(readme().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(script);
            deleteQuietly(part);
        }
    }

    /** The archive writer closes what it writes to; the zip must stay open for the next entry. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private String readme() {
        return """
                Rapport backup
                ==============
                This zip holds all of Rapport's data as it was on %s: contacts, interactions, platforms and
                links, follow-ups, settings and message templates.

                  %s   the whole database, as an SQL script for the H2 database engine
                  %s   the same as a Rapport archive (JSON), which any Rapport can import
                  %s   this file

                To restore it, close Rapport's window, then run in a terminal:

                  java -jar rapport.jar restore <this zip file>

                (put --data-dir FOLDER before "restore" for a data folder other than the usual one).
                Restoring replaces all of the current data with this backup's. Rapport saves the current
                data first, as before-restore-<date>.zip in the backups folder, so a restore can be undone
                by restoring that file.

                Keep this file private: it holds everything you wrote about the people you know.
                """.formatted(LocalDateTime.now(clock).withNano(0).toString().replace('T', ' '), SCRIPT_ENTRY,
                ARCHIVE_ENTRY, README_ENTRY);
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

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is untidy, not harmful; the operation's own outcome matters more.
        }
    }
}
