package app.rapport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/** The database file's encryption: whether it has a password, the key to open it with, re-encrypting it. */
final class StoreEncryption {

    private static final String ENCRYPTED_HEADER = "H2encrypt";

    private StoreEncryption() {
    }

    static StoreKey keyFor(Path dataDir, char[] password) {
        if (!isProtected(dataDir)) {
            return null;
        }
        if (password == null || password.length == 0) {
            throw new PasswordNeededException("The data in " + dataDir + " is protected with a password. "
                    + "Give the password to open it.");
        }
        return StoreKey.fromPassword(password);
    }

    /** Whether the database in {@code dataDir} is encrypted: H2 starts an encrypted file with its own header. */
    static boolean isProtected(Path dataDir) {
        Path file = dataDir.resolve(Store.DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(ENCRYPTED_HEADER.length()), StandardCharsets.US_ASCII)
                    .equals(ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("Rapport cannot read its data file in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Told how many bytes of the data file have been re-encrypted, of how many; it may throw to stop. */
    @FunctionalInterface
    interface Copied {
        void bytes(long done, long total);
    }

    private static final int CHUNK = 256 * FileEncrypt.BLOCK_SIZE;

    /**
     * Writes the database file {@code source}, encrypted with {@code from} (null: plain), to {@code target}
     * encrypted with {@code to} (null: plain), as H2's own {@code ChangeFileEncryption} does it, but in one pass
     * from the file to its copy and telling {@code copied} how far it is after each megabyte.
     */
    static void reencrypt(Path source, Path target, StoreKey from, StoreKey to, Copied copied) throws IOException {
        try (FileChannel in = channel(source, from, StandardOpenOption.READ);
             FileChannel out = channel(target, to, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            long total = in.size();
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long done = 0;
            copied.bytes(0, total);
            while (done < total) {
                buffer.clear().limit((int) Math.min(CHUNK, total - done));
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, done + buffer.position()) < 0) {
                        throw new IOException(source + " ended before its " + total + " bytes");
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer, done + buffer.position());
                }
                done += buffer.limit();
                copied.bytes(done, total);
            }
            out.force(true);
        }
    }

    private static FileChannel channel(Path file, StoreKey key, OpenOption... options) throws IOException {
        FileChannel plain = FileChannel.open(file, options);
        if (key == null) {
            return plain;
        }
        char[] password = key.filePassword();
        try {
            return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), plain);
        } catch (RuntimeException e) {
            plain.close();
            throw e;
        } finally {
            clear(password);
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
