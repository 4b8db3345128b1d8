package app.rapport.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a store's password stands for. The password itself is kept by no one: it is stretched once with
 * PBKDF2 (slow on purpose, so guessing passwords from a stolen file is slow too) into 32 bytes, and those open
 * the database file and seal the backups.
 */
public final class StoreKey {

    /** Short passwords are the ones guessed first; the settings page asks for at least this many characters. */
    public static final int MINIMUM_LENGTH = 8;

    // OWASP's 2023 advice for PBKDF2-HMAC-SHA256; about a fifth of a second on a laptop, once per unlock.
    private static final int ITERATIONS = 600_000;
    // H2 salts its own file key at random; this salt only keeps Rapport's stretch apart from other programs'.
    private static final byte[] SALT = "app.rapport.store-key.v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;

    private StoreKey(byte[] secret) {
        this.secret = secret;
    }

    /** Stretches {@code password}; the caller still owns the array and should clear it. */
    public static StoreKey fromPassword(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("A password cannot be empty.");
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        try {
            return new StoreKey(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A key no password stands for, for a scratch file that is read once and deleted. */
    static StoreKey random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new StoreKey(secret);
    }

    /** In constant time, so how long a check takes tells nothing about how close a guess was. */
    public boolean sameAs(StoreKey other) {
        return other != null && MessageDigest.isEqual(secret, other.secret);
    }

    /**
     * H2's file password: hex, because H2 ends the file password at the first space, and a user's password
     * may well have one.
     */
    char[] filePassword() {
        return HexFormat.of().formatHex(secret).toCharArray();
    }

    /** What H2 takes as the password of a connection: the file password, a space, and the user's (empty). */
    char[] connectionPassword() {
        char[] file = filePassword();
        char[] both = Arrays.copyOf(file, file.length + 1);
        both[file.length] = ' ';
        Arrays.fill(file, '\0');
        return both;
    }

    /** A key of its own for each backup, from its random salt, so no two backups share one. */
    byte[] backupKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update("rapport backup".getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "StoreKey[hidden]";
    }
}
