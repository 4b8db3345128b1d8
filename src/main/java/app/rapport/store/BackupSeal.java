package app.rapport.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.LongConsumer;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A backup of a protected store, sealed: the zip encrypted and authenticated with AES-256-GCM under a key of
 * its own ({@link StoreKey#backupKey}). GCM over one whole backup would have to hold all of it in memory to
 * check it, so the zip goes in chunks of 64 KiB, each sealed on its own with its number and whether it is the
 * last in the nonce: chunks cannot be reordered, dropped or cut off unnoticed. The header holds a key check, so
 * a wrong password is told apart from a damaged file.
 * <pre>
 *   "RapportSealed-1\n" | salt (16) | key check (16) | nonce prefix (7) | chunk ... | last chunk
 *   chunk = AES-GCM(plain, nonce = prefix | number (4) | last (1), associated data = header) | tag (16)
 * </pre>
 */
public final class BackupSeal {

    private static final byte[] MAGIC = "RapportSealed-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int CHECK = 16;
    private static final int PREFIX = 7;
    private static final int HEADER = MAGIC.length + SALT + CHECK + PREFIX;
    private static final int TAG = 16;
    static final int CHUNK = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupSeal() {
    }

    /** Whether {@code file} starts as a sealed backup does; a file that cannot be read is not sealed. */
    public static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the header to {@code out} and returns the stream that seals what is written to it. */
    public static OutputStream sealing(OutputStream out, StoreKey key) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        byte[] salt = random(SALT);
        byte[] chunkKey = key.backupKey(salt);
        header.put(MAGIC).put(salt).put(check(chunkKey)).put(random(PREFIX));
        out.write(header.array());
        return new Sealing(out, new Chunks(header.array(), chunkKey));
    }

    /**
     * Reads the header from {@code in} and returns the stream of the zip inside. A damaged or cut-short backup
     * fails as an {@link IOException} while it is read.
     *
     * @throws WrongPasswordException when {@code key} is not the one the backup was sealed with
     */
    public static InputStream opening(InputStream in, StoreKey key) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("It is not a sealed Rapport backup, or it is cut short.");
        }
        byte[] chunkKey = key.backupKey(Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + SALT));
        byte[] check = Arrays.copyOfRange(header, MAGIC.length + SALT, MAGIC.length + SALT + CHECK);
        if (!MessageDigest.isEqual(check, check(chunkKey))) {
            throw new WrongPasswordException("This backup is protected with another password.");
        }
        return new Opening(in, new Chunks(header, chunkKey));
    }

    /**
     * Re-writes {@code file} sealed with {@code to} (plain when null), reading it with {@code from} when it is
     * sealed. The new content is written beside it and moved over it in one step. {@code bytesRead} is told how
     * much of the file has been read.
     *
     * @return whether the file changed
     * @throws WrongPasswordException when the file is sealed and {@code from} does not open it
     */
    public static boolean reseal(Path file, StoreKey from, StoreKey to, LongConsumer bytesRead) throws IOException {
        boolean sealed = isSealed(file);
        if (!sealed && to == null) {
            return false;
        }
        if (sealed && from == null) {
            throw new WrongPasswordException(file.getFileName() + " is protected with a password.");
        }
        Path part = Files.createTempFile(file.getParent(), ".reseal-", ".part");
        try {
            try (InputStream raw = new WatchedInputStream(Files.newInputStream(file), bytesRead);
                 InputStream in = sealed ? opening(raw, from) : raw;
                 OutputStream written = Files.newOutputStream(part);
                 OutputStream out = to == null ? written : sealing(written, to)) {
                in.transferTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static byte[] check(byte[] chunkKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(chunkKey, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal("key check".getBytes(StandardCharsets.US_ASCII)), CHECK);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Seals and opens the numbered chunks of one backup. */
    private static final class Chunks {
        private final byte[] header;
        private final SecretKeySpec key;
        private int number;

        Chunks(byte[] header, byte[] chunkKey) {
            this.header = header;
            this.key = new SecretKeySpec(chunkKey, "AES");
        }

        byte[] next(int mode, byte[] data, int length, boolean last) throws IOException {
            byte[] nonce = ByteBuffer.allocate(12).put(header, HEADER - PREFIX, PREFIX).putInt(number++)
                    .put((byte) (last ? 1 : 0)).array();
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
                cipher.updateAAD(header);
                return cipher.doFinal(data, 0, length);
            } catch (AEADBadTagException e) {
                throw new IOException("It is damaged or cut short.", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This Java has no AES/GCM", e);
            }
        }
    }

    private static final class Sealing extends FilterOutputStream {
        private final Chunks chunks;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private boolean closed;

        Sealing(OutputStream out, Chunks chunks) {
            super(out);
            this.chunks = chunks;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                // A full chunk goes out only once more follows: the last chunk, marked so, may be full or empty.
                if (filled == CHUNK) {
                    emit(false);
                }
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        private void emit(boolean last) throws IOException {
            out.write(chunks.next(Cipher.ENCRYPT_MODE, buffer, filled, last));
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                emit(true);
                Arrays.fill(buffer, (byte) 0);
            } finally {
                out.close();
            }
        }
    }

    private static final class Opening extends InputStream {
        private final InputStream in;
        private final Chunks chunks;
        private final byte[] sealed = new byte[CHUNK + TAG];
        private byte[] plain = new byte[0];
        private int position;
        private int peeked = -1;
        private boolean lastRead;

        Opening(InputStream in, Chunks chunks) {
            this.in = in;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (lastRead) {
                    return -1;
                }
                nextChunk();
            }
            int given = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, given);
            position += given;
            return given;
        }

        private void nextChunk() throws IOException {
            int length = 0;
            if (peeked >= 0) {
                sealed[length++] = (byte) peeked;
                peeked = -1;
            }
            length += in.readNBytes(sealed, length, sealed.length - length);
            // Only the end of the file tells that a chunk is the last one; one byte more is read to see it.
            boolean last = length < sealed.length || (peeked = in.read()) < 0;
            if (length < TAG) {
                throw new IOException("It is cut short.");
            }
            plain = chunks.next(Cipher.DECRYPT_MODE, sealed, length, last);
            position = 0;
            lastRead = last;
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(plain, (byte) 0);
            in.close();
        }
    }
}
