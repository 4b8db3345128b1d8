package app.rapport.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.store.fs.FilePath;

/**
 * An H2 file system whose files are streams Rapport hands over, so that H2's {@code SCRIPT TO} writes a backup
 * straight into its zip. Without a file, H2 answers {@code SCRIPT} as one result held whole in memory: at
 * 100,000 contacts that was more than the heap left beside the rules' inputs, and the day's backup never
 * finished. A file on disk instead would leave a plain copy of a protected store's data there.
 */
final class ScriptOutlets extends FilePath {

    private static final String SCHEME = "rapport-outlet";
    private static final Map<String, Outlet> OPEN = new ConcurrentHashMap<>();

    static {
        FilePath.register(new ScriptOutlets(SCHEME + ":"));
    }

    private ScriptOutlets(String name) {
        this.name = name;
    }

    /** A name H2 can write to until the outlet is closed; what H2 writes goes to {@code out}, left open. */
    static Outlet open(OutputStream out) {
        Outlet outlet = new Outlet(SCHEME + ":" + UUID.randomUUID(), out);
        OPEN.put(outlet.name(), outlet);
        return outlet;
    }

    /**
     * One stream under a name. H2 closes what it wrote to quietly, so a failure of its last flush would go
     * unseen: the outlet keeps the first failure and {@link #close} throws it.
     */
    static final class Outlet extends FilterOutputStream implements AutoCloseable {

        private final String name;
        private IOException failure;

        private Outlet(String name, OutputStream out) {
            super(out);
            this.name = name;
        }

        String name() {
            return name;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        /** H2 closes the stream when its script ends; the stream it wraps belongs to the caller and stays open. */
        private void finishedByH2() throws IOException {
            flush();
        }

        /** The first failure to write, if any. */
        Optional<IOException> failure() {
            return Optional.ofNullable(failure);
        }

        /** Forgets the name, and throws the first failure to write, if any. */
        @Override
        public void close() throws IOException {
            OPEN.remove(name);
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static Outlet outlet(String name) throws IOException {
        Outlet outlet = OPEN.get(name);
        if (outlet == null) {
            throw new IOException("No stream is open under " + name);
        }
        return outlet;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        Outlet outlet = outlet(name);
        return new FilterOutputStream(outlet) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                outlet.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                outlet.finishedByH2();
            }
        };
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FilePath getPath(String path) {
        return new ScriptOutlets(path);
    }

    // H2 asks whether the script's file exists, to delete an old one first: an outlet never holds an old one.
    @Override
    public boolean isRegularFile() {
        return false;
    }

    @Override
    public boolean exists() {
        return OPEN.containsKey(name);
    }

    @Override
    public boolean isDirectory() {
        return false;
    }

    @Override
    public boolean isAbsolute() {
        return true;
    }

    @Override
    public FilePath toRealPath() {
        return this;
    }

    @Override
    public FilePath getParent() {
        return null;
    }

    @Override
    public boolean canWrite() {
        return OPEN.containsKey(name);
    }

    // What follows is file-system work H2 does not do for a script's output; an outlet refuses it.
    @Override
    public long size() {
        throw refused();
    }

    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        throw refused();
    }

    @Override
    public boolean createFile() {
        throw refused();
    }

    @Override
    public void delete() {
        throw refused();
    }

    @Override
    public List<FilePath> newDirectoryStream() {
        throw refused();
    }

    @Override
    public long lastModified() {
        throw refused();
    }

    @Override
    public void createDirectory() {
        throw refused();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        throw new IOException("An outlet is written as a stream only: " + name);
    }

    @Override
    public boolean setReadOnly() {
        throw refused();
    }

    private UnsupportedOperationException refused() {
        return new UnsupportedOperationException("An outlet is written as a stream only: " + name);
    }
}
