package app.rapport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

import org.h2.tools.ChangeFileEncryption;

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

    static void reencrypt(Path folder, StoreKey from, StoreKey to) throws SQLException {
        char[] decrypt = from == null ? null : from.filePassword();
        char[] encrypt = to == null ? null : to.filePassword();
        try {
            ChangeFileEncryption.execute(folder.toString(), Store.DATABASE_NAME, "AES", decrypt, encrypt, true);
        } finally {
            clear(decrypt);
            clear(encrypt);
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
