package app.rapport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import app.rapport.domain.Contact;

/** Real H2 stores with data, then damaged the ways files get damaged: cut short, overwritten, scrambled. */
public final class DamagedStores {

    public enum Damage {
        CUT_SHORT, CUT_IN_HALF, RANDOM_BYTES, ZEROED_MIDDLE, ZEROED_HEADER, EMPTY, TEXT
    }

    private DamagedStores() {
    }

    /** A store in {@code dataDir} with {@code contacts} contacts named "Person 0", "Person 1", …. */
    public static void withContacts(Path dataDir, int contacts) {
        try (Store store = Store.open(dataDir)) {
            for (int i = 0; i < contacts; i++) {
                String name = "Person " + i;
                store.transact(tx -> tx.contacts().insert(Contact.named(name, LocalDate.of(2026, 1, 1))));
            }
        }
    }

    /** Damages the database file of the (closed) store in {@code dataDir}; returns the file. */
    public static Path damage(Path dataDir, Damage damage) throws IOException {
        Path file = DamagedFiles.databaseFile(dataDir);
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = switch (damage) {
            case CUT_SHORT -> Arrays.copyOf(bytes, 100);
            case CUT_IN_HALF -> Arrays.copyOf(bytes, bytes.length / 2);
            case RANDOM_BYTES -> {
                byte[] noise = new byte[bytes.length];
                new Random(7).nextBytes(noise);
                yield noise;
            }
            case ZEROED_MIDDLE -> {
                Arrays.fill(bytes, bytes.length / 4, bytes.length * 3 / 4, (byte) 0);
                yield bytes;
            }
            case ZEROED_HEADER -> {
                Arrays.fill(bytes, 0, 8192, (byte) 0);
                yield bytes;
            }
            case EMPTY -> new byte[0];
            case TEXT -> "this is not a database\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        };
        Files.write(file, damaged);
        return file;
    }
}
