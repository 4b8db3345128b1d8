package app.rapport.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * A stream that tells a listener how many bytes it has given so far, after each read: how far a restore has got
 * in a file whose size is known. The listener may throw to stop the reading (a Cancel).
 */
public final class WatchedInputStream extends FilterInputStream {

    private final LongConsumer bytesRead;
    private long count;

    public WatchedInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    private void counted(long n) {
        count += n;
        bytesRead.accept(count);
    }
}
