package app.rapport.interchange.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One zip entry as it unpacks, refused as soon as it grows beyond what any Rapport store could write: a zip bomb
 * (a gigabyte of blanks packs into a megabyte) is stopped after a few megabytes, before it fills the disk.
 *
 * <p>The limits, as EXPORTS.md sets 100 MB and 100:1 for platform downloads but sized for a whole store: a
 * contact with five interactions takes about 620 bytes of script, packed 8:1 (HostileBackupTest measures it), so
 * a store of 100,000 contacts with ten interactions, links, follow-ups and long notes each stays well under
 * 250 MB; {@link #MAX_BYTES} leaves four times that. {@link #MAX_RATIO} leaves more than ten times the ratio of
 * real SQL; it is only judged once {@link #RATIO_FLOOR} has unpacked, since a small script of near-empty tables
 * may pack tighter and is harmless. A gigabyte of blanks (about 1,000:1) is refused after 8 MB.
 */
final class InflationGuard extends FilterInputStream {

    static final long MAX_BYTES = BackupZip.MAX_SCRIPT_BYTES;
    static final long MAX_RATIO = BackupZip.MAX_RATIO;
    static final long RATIO_FLOOR = 8L << 20;

    private final Counted packed;
    private final long packedBefore;
    private final String entry;
    private long unpacked;

    InflationGuard(InputStream entryData, Counted packed, String entry) {
        super(entryData);
        this.packed = packed;
        this.packedBefore = packed.count;
        this.entry = entry;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            grew(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            grew(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        grew(skipped);
        return skipped;
    }

    private void grew(long bytes) {
        unpacked += bytes;
        if (unpacked > MAX_BYTES) {
            throw new BackupZipException(entry + " unpacks to more than " + (MAX_BYTES >> 30) + " GB, far more "
                    + "than any Rapport store holds: it is not a real backup.");
        }
        long packedSoFar = Math.max(1, packed.count - packedBefore);
        if (unpacked > RATIO_FLOOR && unpacked / packedSoFar > MAX_RATIO) {
            throw new BackupZipException(entry + " unpacks to more than " + MAX_RATIO + " times its packed size, "
                    + "which no Rapport backup does: it is not a real backup.");
        }
    }

    /** Counts the packed bytes read from beneath the zip reader. */
    static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
