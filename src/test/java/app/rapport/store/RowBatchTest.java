package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

/**
 * An import's interactions written in one batch: every row lands with its person, and a checkpoint that throws
 * (Cancel) stops the batch where it is, and the transaction leaves nothing behind.
 */
class RowBatchTest {

    private static final int ROWS = 12_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @TempDir
    Path folder;
    private Store store;
    private long contact;
    private long other;

    @BeforeEach
    void open() {
        store = Store.open(folder);
        contact = store.transact(tx -> tx.contacts().insert(Contact.builder().displayName("Pen Pal")
                .addedOn(FIRST_DAY).build()));
        other = store.transact(tx -> tx.contacts().insert(Contact.builder().displayName("Old Friend")
                .addedOn(FIRST_DAY).build()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyRowLandsWithItsPerson() {
        // Every third day with the other person: each join row must take the id its own interaction was given.
        List<Interaction> messages = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            messages.add(new Interaction(null, i % 3 == 0 ? other : contact, FIRST_DAY.plusDays(i),
                    InteractionKind.MESSAGE, ""));
        }

        store.transactVoid(tx -> tx.interactions().insertFromSource(messages, messages.stream()
                .map(message -> "linkedin:" + message.on()).toList(), "LINKEDIN", "run-1", () -> { }));

        List<Interaction> stored = store.transact(tx -> tx.interactions().ofContact(contact));
        List<Interaction> storedWithOther = store.transact(tx -> tx.interactions().ofContact(other));
        assertThat(stored).hasSize(ROWS - ROWS / 3);
        assertThat(storedWithOther).hasSize(ROWS / 3);
        assertThat(storedWithOther).extracting(Interaction::on)
                .allMatch(day -> FIRST_DAY.until(day, ChronoUnit.DAYS) % 3 == 0);
        assertThat(stored).extracting(Interaction::on).doesNotHaveDuplicates()
                .noneMatch(day -> FIRST_DAY.until(day, ChronoUnit.DAYS) % 3 == 0)
                .contains(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(ROWS - 1));
    }

    @Test
    void aCheckpointThatThrowsStopsTheBatchAndNothingIsKept() {
        AtomicInteger checkpoints = new AtomicInteger();
        List<Integer> writtenWhenStopped = Collections.synchronizedList(new ArrayList<>());

        Throwable thrown = catchThrowable(() -> store.transactVoid(tx -> {
            try {
                tx.interactions().insertFromSource(messages(), keys(), "LINKEDIN", "run-1", () -> {
                    if (checkpoints.incrementAndGet() == 2) {
                        throw new IllegalStateException("cancelled");
                    }
                });
            } finally {
                writtenWhenStopped.add(tx.interactions().deleteOfRun("run-1"));
            }
        }));

        while (thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).hasMessage("cancelled");
        assertThat(checkpoints).as("stopped before the second part of the batch").hasValue(2);
        assertThat(writtenWhenStopped).as("only the first part was sent")
                .containsExactly(RowBatch.ROWS_PER_EXECUTE);
        List<Interaction> kept = store.transact(tx -> tx.interactions().ofContact(contact));
        assertThat(kept).as("rolled back").isEmpty();
    }

    private List<Interaction> messages() {
        List<Interaction> messages = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            messages.add(new Interaction(null, contact, FIRST_DAY.plusDays(i), InteractionKind.MESSAGE, ""));
        }
        return messages;
    }

    private List<String> keys() {
        return messages().stream().map(message -> "linkedin:" + message.on()).toList();
    }
}
