package app.rapport.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;

/**
 * What Rapport had read when it closed, kept beside the database file so that the next start need not read it
 * again before it shows anything: the contacts table's rows, and the rules' inputs about everyone (contacts,
 * links and interactions; the few platforms and settings are read anew). See docs/decisions/0013.
 *
 * <p>The file names the database file it was written after: its size, its last change to the nanosecond and
 * its identity on disk. It is taken, that is read and deleted, by every opening of the store, so that only the
 * opening right after a clean close can use it; a database file changed since (a restore, a copy put in place,
 * a crash after it was written) no longer fits and everything is read from the store as always. A protected
 * store never gets one: what it holds would lie beside the encrypted file in plain text.
 */
final class StartSnapshot {

    /**
     * What a close left, each part worked out on another thread, the rows first; a part that was not left
     * completes with null, and one that cannot be read fails.
     */
    record Left(CompletableFuture<TableRows> summaries, CompletableFuture<Inputs> inputs) {
    }

    /** The rules' inputs about everyone, as {@link RuleInputs} holds them. */
    record Inputs(List<Contact> contacts, Map<Long, List<Link>> links, Map<Long, List<Interaction>> interactions) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartSnapshot.class);
    static final String FILE = "start.snapshot";
    /** Changes whenever what is written changes, so an older file is simply not used. */
    private static final String FORMAT = "Rapport start 2";
    private static final int NONE = -1;

    private StartSnapshot() {
    }

    /**
     * Reads and deletes the snapshot in {@code dataDir}: its bytes when it was written after the database file as
     * it is now; empty otherwise. Never fails: all it holds can always be read from the store instead.
     */
    static Optional<byte[]> take(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            Files.delete(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("The start snapshot could not be taken: {}", e.getMessage());
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fileIdentity(dataDir))) {
                LOG.info("The start snapshot is not of this database file; everything is read from the store");
                return Optional.empty();
            }
        } catch (IOException e) {
            LOG.warn("The start snapshot is unreadable: {}", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * What the bytes {@link #take} gave hold, worked out on another thread: the rows as soon as they are, so the
     * contacts table need not wait for the rules' inputs behind them.
     */
    static Left readLater(byte[] taken) {
        Left left = new Left(new CompletableFuture<>(), new CompletableFuture<>());
        CompletableFuture.runAsync(() -> {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(taken)))) {
                in.readUTF();
                in.readUTF();
                Shared shared = new Shared();
                TableRows summaries = readSummaries(in, shared);
                left.summaries().complete(summaries);
                left.inputs().complete(readInputs(in, shared.withRows(summaries)));
                if (in.read() != NONE) {
                    throw new IOException("it goes on after its end");
                }
            } catch (IOException | RuntimeException e) {
                IllegalStateException damaged = new IllegalStateException("The start snapshot is damaged: "
                        + e.getMessage(), e);
                left.summaries().completeExceptionally(damaged);
                left.inputs().completeExceptionally(damaged);
            }
        });
        return left;
    }

    /**
     * Writes {@code summaries} and {@code inputs} (either may be null) as the snapshot of the database file in
     * {@code dataDir}, which must be closed: its size and time are what the next start checks.
     */
    static void write(Path dataDir, TableRows summaries, RuleInputs inputs) {
        Path file = dataDir.resolve(FILE);
        Path part = dataDir.resolve(FILE + ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part),
                    1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(fileIdentity(dataDir));
                writeSummaries(out, summaries);
                writeInputs(out, inputs == null || !keepsAll(inputs) ? null : inputs);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Only the next start's speed is lost: it reads everything from the store.
            LOG.warn("The start snapshot could not be written: {}", e.getMessage());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // The snapshot is already lost; a leftover part is never read.
            }
        }
    }

    /**
     * Whether the file can hold these inputs exactly: the rules read contacts without emails, phones and tags,
     * and each contact's interactions as theirs, without ids, notes and the others present. Anything else is not
     * written, rather than written wrongly.
     */
    private static boolean keepsAll(RuleInputs inputs) {
        return inputs.contacts().stream().allMatch(c -> c.id() != null && c.emails().isEmpty()
                && c.phones().isEmpty() && c.tags().isEmpty())
                && inputs.interactions().entrySet().stream().allMatch(entry -> entry.getValue().stream()
                        .allMatch(i -> i.contactId() == entry.getKey() && i.id() == null && i.notes().isEmpty()
                                && i.others().isEmpty()));
    }

    private static String fileIdentity(Path dataDir) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(dataDir.resolve(Store.DATABASE_FILE),
                BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                + Objects.toString(attributes.fileKey(), "");
    }

    private static void writeSummaries(DataOutputStream out, TableRows left) throws IOException {
        if (left == null) {
            out.writeInt(NONE);
            return;
        }
        out.writeInt(left.summaries().size());
        writeText(out, left.order());
        for (ContactSummary row : left.summaries()) {
            out.writeLong(row.id());
            writeText(out, row.displayName());
            writeText(out, row.organization());
            writeText(out, row.role());
            writeText(out, row.category() == null ? null : row.category().name());
            writeText(out, row.relationship() == null ? null : row.relationship().name());
            writeTexts(out, row.tags());
            writeText(out, row.notes());
            writeDay(out, row.lastInteraction());
            writeNumber(out, row.keepInTouchWeeks());
            writeDay(out, row.metOn());
            writeDay(out, row.addedOn());
            out.writeBoolean(row.archived());
            writeTexts(out, row.emails());
            writeTexts(out, row.phones());
        }
    }

    private static TableRows readSummaries(DataInputStream in, Shared shared) throws IOException {
        int count = in.readInt();
        if (count == NONE) {
            return null;
        }
        String order = readText(in, shared);
        List<ContactSummary> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = in.readLong();
            String displayName = readText(in, shared);
            String organization = readText(in, shared);
            String role = readText(in, shared);
            String category = readText(in, shared);
            String relationship = readText(in, shared);
            List<String> tags = readTexts(in, shared);
            String notes = readText(in, shared);
            LocalDate lastInteraction = readDay(in, shared);
            Integer weeks = readNumber(in);
            LocalDate metOn = readDay(in, shared);
            LocalDate addedOn = readDay(in, shared);
            boolean archived = in.readBoolean();
            rows.add(new ContactSummary(id, displayName, organization, role,
                    category == null ? null : Category.valueOf(category),
                    relationship == null ? null : Relationship.valueOf(relationship), tags, notes, lastInteraction,
                    weeks, metOn, addedOn, archived, readTexts(in, shared), readTexts(in, shared)));
        }
        return new TableRows(List.copyOf(rows), order);
    }

    private static void writeInputs(DataOutputStream out, RuleInputs inputs) throws IOException {
        if (inputs == null) {
            out.writeInt(NONE);
            return;
        }
        out.writeInt(inputs.contacts().size());
        for (Contact contact : inputs.contacts()) {
            writeContact(out, contact);
        }
        out.writeInt(inputs.links().size());
        for (Map.Entry<Long, List<Link>> entry : inputs.links().entrySet()) {
            out.writeLong(entry.getKey());
            out.writeInt(entry.getValue().size());
            for (Link link : entry.getValue()) {
                out.writeLong(link.contactId());
                writeText(out, link.platformId());
                writeText(out, link.state().name());
                writeDay(out, link.since());
                writeText(out, link.handle());
            }
        }
        out.writeInt(inputs.interactions().size());
        for (Map.Entry<Long, List<Interaction>> entry : inputs.interactions().entrySet()) {
            out.writeLong(entry.getKey());
            out.writeInt(entry.getValue().size());
            for (Interaction interaction : entry.getValue()) {
                out.writeInt(Math.toIntExact(interaction.on().toEpochDay()));
                out.writeByte(interaction.kind().ordinal());
            }
        }
    }

    private static Inputs readInputs(DataInputStream in, Shared shared) throws IOException {
        int contactCount = in.readInt();
        if (contactCount == NONE) {
            return null;
        }
        List<Contact> contacts = new ArrayList<>(contactCount);
        for (int i = 0; i < contactCount; i++) {
            contacts.add(readContact(in, shared));
        }
        int linked = count(in);
        Map<Long, List<Link>> links = new LinkedHashMap<>(linked * 2);
        for (int i = 0; i < linked; i++) {
            long contactId = in.readLong();
            int count = count(in);
            List<Link> ofContact = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                ofContact.add(new Link(in.readLong(), shared.platform(readText(in, shared)),
                        LinkState.valueOf(readText(in, shared)), readDay(in, shared), readText(in, shared)));
            }
            links.put(contactId, List.copyOf(ofContact));
        }
        int kindCount = InteractionKind.values().length;
        int interacted = count(in);
        Map<Long, List<Interaction>> interactions = new LinkedHashMap<>(interacted * 2);
        for (int i = 0; i < interacted; i++) {
            long contactId = in.readLong();
            int count = count(in);
            int[] days = new int[count];
            byte[] kinds = new byte[count];
            for (int j = 0; j < count; j++) {
                days[j] = in.readInt();
                int kind = in.readUnsignedByte();
                if (kind >= kindCount) {
                    throw new IOException("no interaction kind " + kind);
                }
                kinds[j] = (byte) kind;
            }
            interactions.put(contactId, RuleInteractions.of(contactId, days, kinds));
        }
        return new Inputs(List.copyOf(contacts), links, interactions);
    }

    private static void writeContact(DataOutputStream out, Contact contact) throws IOException {
        out.writeLong(contact.id());
        writeText(out, contact.displayName());
        writeText(out, contact.givenName());
        writeText(out, contact.familyName());
        writeText(out, contact.organization());
        writeText(out, contact.role());
        writeText(out, contact.category().name());
        writeText(out, contact.relationship().name());
        writeText(out, contact.notes());
        writeText(out, contact.howWeMet());
        writeDay(out, contact.metOn());
        writeDay(out, contact.addedOn());
        writeText(out, contact.vouchForThem());
        writeText(out, contact.vouchForMe());
        writeNumber(out, contact.keepInTouchWeeks());
        writeYearlyDate(out, contact.birthday());
        out.writeBoolean(contact.archived());
        out.writeInt(contact.importantDates().size());
        for (ImportantDate date : contact.importantDates()) {
            writeText(out, date.label());
            writeYearlyDate(out, date.date());
        }
    }

    private static Contact readContact(DataInputStream in, Shared shared) throws IOException {
        long id = in.readLong();
        ContactSummary row = shared.row(id);
        Contact.Builder contact = Contact.builder().id(id)
                .displayName(shared.same(row.displayName(), readText(in, shared)))
                .givenName(readText(in, shared)).familyName(readText(in, shared))
                .organization(shared.same(row.organization(), readText(in, shared)))
                .role(shared.same(row.role(), readText(in, shared)))
                .category(Category.valueOf(readText(in, shared)))
                .relationship(Relationship.valueOf(readText(in, shared)))
                .notes(shared.same(row.notes(), readText(in, shared))).howWeMet(readText(in, shared))
                .metOn(readDay(in, shared)).addedOn(readDay(in, shared))
                .vouchForThem(readText(in, shared)).vouchForMe(readText(in, shared)).keepInTouchWeeks(readNumber(in))
                .birthday(readYearlyDate(in)).archived(in.readBoolean());
        int dates = count(in);
        List<ImportantDate> importantDates = new ArrayList<>(dates);
        for (int i = 0; i < dates; i++) {
            importantDates.add(new ImportantDate(readText(in, shared), readYearlyDate(in)));
        }
        return contact.importantDates(importantDates).build();
    }

    private static void writeYearlyDate(DataOutputStream out, YearlyDate date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeByte(date.monthDay().getMonthValue());
            out.writeByte(date.monthDay().getDayOfMonth());
            writeNumber(out, date.year());
        }
    }

    private static YearlyDate readYearlyDate(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        MonthDay monthDay = MonthDay.of(in.readUnsignedByte(), in.readUnsignedByte());
        return new YearlyDate(monthDay, readNumber(in));
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    private static void writeNumber(DataOutputStream out, Integer number) throws IOException {
        out.writeBoolean(number != null);
        if (number != null) {
            out.writeInt(number);
        }
    }

    private static Integer readNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
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

    private static String readText(DataInputStream in, Shared shared) throws IOException {
        int length = in.readInt();
        if (length == NONE) {
            return null;
        }
        if (length == 0) {
            return "";
        }
        if (length < 0) {
            throw new IOException("a text of length " + length);
        }
        byte[] bytes = shared.scratch(length);
        try {
            in.readFully(bytes, 0, length);
        } catch (EOFException e) {
            throw new IOException("it ends inside a text", e);
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeText(out, text);
        }
    }

    private static List<String> readTexts(DataInputStream in, Shared shared) throws IOException {
        int count = count(in);
        List<String> texts = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            texts.add(readText(in, shared));
        }
        return texts;
    }

    private static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeBoolean(day != null);
        if (day != null) {
            out.writeLong(day.toEpochDay());
        }
    }

    private static LocalDate readDay(DataInputStream in, Shared shared) throws IOException {
        return in.readBoolean() ? shared.day(in.readLong()) : null;
    }

    /**
     * One object for each value a read meets again, as the store's own read shares them: everyone's dates fall
     * on a few thousand days, 40,000 links on a handful of platforms, and a contact's name, organization, role
     * and notes are in both its row and its rule inputs. Without this a start from the snapshot held 14 MB more
     * heap than one from the store, at 30,000 contacts.
     */
    private static final class Shared {

        private static final ContactSummary NO_ROW = new ContactSummary(0, null, null, null, null, null, List.of(),
                null, null, null, null, null, false);

        private final Map<Long, LocalDate> days = new HashMap<>();
        private byte[] scratch = new byte[256];
        private final Map<String, String> platforms = new HashMap<>();
        private Map<Long, ContactSummary> rows = Map.of();

        Shared withRows(TableRows summaries) {
            if (summaries != null) {
                rows = HashMap.newHashMap(summaries.summaries().size());
                for (ContactSummary row : summaries.summaries()) {
                    rows.put(row.id(), row);
                }
            }
            return this;
        }

        /**
         * A buffer of at least {@code length} bytes, the same for every text of one read: each of the snapshot's
         * texts (hundreds of thousands at 30,000 contacts) read into an array of its own before its string was
         * made took the read's garbage from about 51 to 32 MB in a profile of three start-ups.
         */
        byte[] scratch(int length) {
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            return scratch;
        }

        LocalDate day(long epochDay) {
            return days.computeIfAbsent(epochDay, LocalDate::ofEpochDay);
        }

        String platform(String id) {
            return id == null ? null : platforms.computeIfAbsent(id, Function.identity());
        }

        /** The row of contact {@code id}, or one whose every text is null when the snapshot has no rows. */
        ContactSummary row(long id) {
            return rows.getOrDefault(id, NO_ROW);
        }

        /** {@code kept} when it says the same as {@code read}, so that one string serves both. */
        String same(String kept, String read) {
            return Objects.equals(kept, read) ? kept : read;
        }
    }
}
