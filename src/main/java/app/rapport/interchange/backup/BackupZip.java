package app.rapport.interchange.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveWriter;

/**
 * The layout of a Rapport backup: a zip holding the whole database as an SQL script ({@value #SCRIPT_ENTRY}),
 * the same data as a Rapport archive ({@value #ARCHIVE_ENTRY}) and a README saying what these are and how to
 * restore them ({@value #README_ENTRY}). Reading takes only the script, through an {@link InflationGuard}, so a
 * zip whose script unpacks far beyond any real store is refused after a few megabytes.
 */
public final class BackupZip {

    public static final String SCRIPT_ENTRY = "rapport.sql";
    /** The same data as a Rapport archive, readable without Rapport and importable into any store. */
    public static final String ARCHIVE_ENTRY = "rapport.rapport.json";
    public static final String README_ENTRY = "README.txt";
    /** The most a script may unpack to; why this much is said at {@link InflationGuard}. */
    public static final long MAX_SCRIPT_BYTES = 1L << 30;
    /** The most a script may unpack to per byte packed, once past a few megabytes. */
    public static final long MAX_RATIO = 100;

    /** Writes one entry's bytes, streaming: a store's script and archive are never held in memory whole. */
    public interface Entry {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Reads the script's bytes, and answers what it made of them. */
    public interface ScriptUse<T> {
        T read(InputStream script);
    }

    private BackupZip() {
    }

    /**
     * Writes a backup made at {@code madeAt} to {@code out}, finished but not closed: {@code script} writes the
     * database's script, {@code archive} the same data as a Rapport archive.
     */
    public static void write(OutputStream out, Entry script, Entry archive, LocalDateTime madeAt)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
        script.writeTo(zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(ARCHIVE_ENTRY));
        archive.writeTo(new NonClosing(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(README_ENTRY));
        zip.write(readme(madeAt).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
    }

    /**
     * Hands the backup's script to {@code use}, as it unpacks from {@code zipped}.
     *
     * @throws BackupZipException when the zip holds no script, or its script unpacks beyond any real store's
     */
    public static <T> T readScript(InputStream zipped, ScriptUse<T> use) throws IOException {
        InflationGuard.Counted packed = new InflationGuard.Counted(zipped);
        ZipInputStream entries = new ZipInputStream(packed);
        for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
            if (!entry.isDirectory() && entry.getName().equals(SCRIPT_ENTRY)) {
                return use.read(new InflationGuard(entries, packed, SCRIPT_ENTRY));
            }
        }
        throw new BackupZipException("It is not a Rapport backup: it has no " + SCRIPT_ENTRY + ".");
    }

    static String readme(LocalDateTime madeAt) {
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
                """.formatted(madeAt.withNano(0).toString().replace('T', ' '), SCRIPT_ENTRY, ARCHIVE_ENTRY,
                README_ENTRY);
    }

    /** The archive writer closes what it writes to, and the zip must stay open for the next entry. */
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
}
