package app.rapport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system (org.h2.store.fs) over the real disk that can be made to fail like a full disk, or to say it
 * may not be written like a read-only file, so that tests drive a real H2 database into those faults. Stores opened after
 * {@link #useForNewStores()} keep their database on it.
 */
public final class TestFileSystem extends FilePathWrapper {

    private static final String SCHEME = "rapporttestfs";
    private static volatile boolean diskFull;
    private static volatile boolean readOnly;

    static {
        FilePath.register(new TestFileSystem());
    }

    public static void useForNewStores() {
        StoreConnections.fileSystem = SCHEME + ":";
    }

    /** Every write from now on fails as a full disk fails it. */
    public static void fillDisk() {
        diskFull = true;
    }

    public static void freeDisk() {
        diskFull = false;
    }

    /** Files say they cannot be written from now on, as a read-only file does; H2 then opens it read-only. */
    public static void makeReadOnly() {
        readOnly = true;
    }

    /** Back to the plain disk for stores opened from now on. */
    public static void reset() {
        diskFull = false;
        readOnly = false;
        StoreConnections.fileSystem = "";
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean canWrite() {
        return !readOnly && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    private static final class Channel extends FileBase {

        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void failIfFull() throws IOException {
            if (diskFull) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFull();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            failIfFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
