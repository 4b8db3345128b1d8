package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;

/** The store's script, written by H2 straight into a stream. */
class StoreBackupTest {

    @TempDir
    Path dataDir;

    @Test
    void theScriptGoesIntoTheStreamAsH2WritesIt() {
        try (Store store = Store.open(dataDir)) {
            addContacts(store, 3_000);
            CountingStream out = new CountingStream(Long.MAX_VALUE);

            StoreBackup.writeScript(store, out);

            assertThat(out.writes).as("written in many pieces, not handed over whole at the end")
                    .isGreaterThan(10);
            assertThat(out.text()).contains("CREATE CACHED TABLE \"PUBLIC\".\"CONTACT\"")
                    .contains("'Person 2999'");
        }
    }

    @Test
    void aStreamThatFailsStopsTheScriptWithItsOwnMessageAndTheNextScriptIsWhole() {
        try (Store store = Store.open(dataDir)) {
            addContacts(store, 3_000);

            assertThatThrownBy(() -> StoreBackup.writeScript(store, new CountingStream(20_000)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Could not write the backup: No space left on device");

            ByteArrayOutputStream again = new ByteArrayOutputStream();
            StoreBackup.writeScript(store, again);
            assertThat(again.toString(StandardCharsets.UTF_8)).contains("'Person 2999'");
        }
    }

    private static void addContacts(Store store, int count) {
        List<Contact> contacts = IntStream.range(0, count)
                .mapToObj(i -> Contact.named("Person " + i, LocalDate.of(2026, 1, 1)))
                .toList();
        store.transact(tx -> tx.contacts().insertAll(contacts));
    }

    /** Keeps what it is given, and fails as a full disk does once it holds {@code room} bytes. */
    private static final class CountingStream extends OutputStream {
        private final long room;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private int writes;

        CountingStream(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (kept.size() + length > room) {
                throw new IOException("No space left on device");
            }
            writes++;
            kept.write(bytes, offset, length);
        }

        String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
