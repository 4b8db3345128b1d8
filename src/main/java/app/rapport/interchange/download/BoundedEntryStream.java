package app.rapport.interchange.download;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a zip entry inflates to and stops at the bomb limits, whatever its header claims: headers can
 * lie, the bytes cannot.
 */
final class BoundedEntryStream extends FilterInputStream {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    // Tiny entries compress badly or well by chance; the ratio only means something past this size.
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final long compressedSize;
    private long read;

    BoundedEntryStream(InputStream in, long compressedSize) {
        super(in);
        this.compressedSize = compressedSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > MAX_ENTRY_BYTES) {
            throw new ZipBombException("it unpacks to more than 100 MB");
        }
        if (compressedSize > 0 && read > RATIO_FLOOR && read > compressedSize * MAX_RATIO) {
            throw new ZipBombException("it unpacks to more than 100 times its packed size");
        }
    }

    static final class ZipBombException extends IOException {
        ZipBombException(String message) {
            super(message);
        }
    }
}
