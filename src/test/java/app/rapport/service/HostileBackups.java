package app.rapport.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.rapport.interchange.backup.BackupZip;

/** Backup zips made to hurt, generated as a test runs rather than kept in the repository. */
public final class HostileBackups {

    public static final long ONE_GB = 1L << 30;

    private HostileBackups() {
    }

    /**
     * A zip whose {@value BackupZip#SCRIPT_ENTRY} unpacks to {@code blanks} spaces: a gigabyte packs into about
     * a megabyte. Written as a stream, so the test never holds it in memory.
     */
    public static Path blankScript(Path file, long blanks) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(BackupZip.SCRIPT_ENTRY));
            for (long left = blanks; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.closeEntry();
        }
        return file;
    }
}
