package app.rapport.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;

/**
 * The contacts table's rows as they were when Rapport closed, kept beside the database file so that the next
 * start can fill the table without reading every contact and interaction first (docs/decisions/0013).
 *
 * <p>The file names the database file it was written after: its size, its last change to the nanosecond and
 * its identity on disk. It is taken, that is read and deleted, by every opening of the store, so that only the
 * opening right after a clean close can use it; a database file changed since (a restore, a copy put in place,
 * a crash after it was written) no longer fits and the rows are read from the store as always. A protected
 * store never gets one: the rows would lie beside the encrypted file in plain text.
 */
final class SummarySnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(SummarySnapshot.class);
    static final String FILE = "contacts-table.snapshot";
    /** Changes whenever what is written changes, so an older file is simply not used. */
    private static final String FORMAT = "Rapport contacts table 1";
    private static final int NONE = -1;

    private SummarySnapshot() {
    }

    /**
     * Reads and deletes the snapshot in {@code dataDir}: the rows, worked out on another thread, when it was
     * written after the database file as it is now; empty otherwise. Never fails: the rows can always be read
     * from the store instead.
     */
    static Optional<CompletableFuture<List<ContactSummary>>> take(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            Files.delete(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("The contacts table snapshot could not be taken: {}", e.getMessage());
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fileIdentity(dataDir))) {
                LOG.info("The contacts table snapshot is not of this database file; rows are read from the store");
                return Optional.empty();
            }
        } catch (IOException e) {
            LOG.warn("The contacts table snapshot is unreadable: {}", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(CompletableFuture.supplyAsync(() -> rows(bytes)));
    }

    /**
     * Writes {@code rows} as the snapshot of the database file in {@code dataDir}, which must be closed: its size
     * and time are what the next start checks.
     */
    static void write(Path dataDir, List<ContactSummary> rows) {
        Path file = dataDir.resolve(FILE);
        Path part = dataDir.resolve(FILE + ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part),
                    1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(fileIdentity(dataDir));
                out.writeInt(rows.size());
                for (ContactSummary row : rows) {
                    write(out, row);
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Only the next start's speed is lost: it reads the rows from the store.
            LOG.warn("The contacts table snapshot could not be written: {}", e.getMessage());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // The snapshot is already lost; a leftover part is never read.
            }
        }
    }

    /** Deletes any snapshot in {@code dataDir}, as an opening that cannot use one must. */
    static void discard(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            LOG.warn("The contacts table snapshot could not be deleted: {}", e.getMessage());
        }
    }

    private static String fileIdentity(Path dataDir) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(dataDir.resolve(Store.DATABASE_FILE),
                BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                + Objects.toString(attributes.fileKey(), "");
    }

    private static List<ContactSummary> rows(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(bytes)))) {
            in.readUTF();
            in.readUTF();
            int count = in.readInt();
            List<ContactSummary> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(read(in));
            }
            if (in.read() != NONE) {
                throw new IOException("it goes on after its last row");
            }
            return List.copyOf(rows);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The contacts table snapshot is damaged: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, ContactSummary row) throws IOException {
        out.writeLong(row.id());
        writeText(out, row.displayName());
        writeText(out, row.organization());
        writeText(out, row.role());
        writeText(out, row.category() == null ? null : row.category().name());
        writeText(out, row.relationship() == null ? null : row.relationship().name());
        writeTexts(out, row.tags());
        writeText(out, row.notes());
        writeDay(out, row.lastInteraction());
        out.writeInt(row.keepInTouchWeeks() == null ? NONE : row.keepInTouchWeeks());
        writeDay(out, row.metOn());
        writeDay(out, row.addedOn());
        out.writeBoolean(row.archived());
        writeTexts(out, row.emails());
        writeTexts(out, row.phones());
    }

    private static ContactSummary read(DataInputStream in) throws IOException {
        long id = in.readLong();
        String displayName = readText(in);
        String organization = readText(in);
        String role = readText(in);
        String category = readText(in);
        String relationship = readText(in);
        List<String> tags = readTexts(in);
        String notes = readText(in);
        LocalDate lastInteraction = readDay(in);
        int weeks = in.readInt();
        LocalDate metOn = readDay(in);
        LocalDate addedOn = readDay(in);
        boolean archived = in.readBoolean();
        return new ContactSummary(id, displayName, organization, role,
                category == null ? null : Category.valueOf(category),
                relationship == null ? null : Relationship.valueOf(relationship), tags, notes, lastInteraction,
                weeks == NONE ? null : weeks, metOn, addedOn, archived, readTexts(in), readTexts(in));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(NONE);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length == NONE ? null : new String(readBytes(in, length), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(InputStream in, int length) throws IOException {
        if (length < 0) {
            throw new IOException("a text of length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("it ends inside a text");
        }
        return bytes;
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeText(out, text);
        }
    }

    private static List<String> readTexts(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a list of " + count + " texts");
        }
        List<String> texts = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            texts.add(readText(in));
        }
        return texts;
    }

    private static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeBoolean(day != null);
        if (day != null) {
            out.writeLong(day.toEpochDay());
        }
    }

    private static LocalDate readDay(DataInputStream in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }
}
