package app.rapport.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import app.rapport.domain.Contact;
import app.rapport.service.Change;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.TaskRunner;

/** A window left open overnight shows the new day's queue, and says what is due. */
@ExtendWith(ApplicationExtension.class)
class DayWatcherTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    /** A clock the test moves on, as midnight would. */
    static final class MovingClock extends Clock {
        Instant now = MONDAY.atTime(23, 50).toInstant(ZoneOffset.UTC);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    Store store;
    final MovingClock clock = new MovingClock();
    Services services;
    final List<Change> heard = new ArrayList<>();
    final AtomicInteger notified = new AtomicInteger();

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, clock);
        services.changes().subscribe(heard::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFollowUpRulesRunWhenTheDayTurnsAndEveryPageHearsOfIt() {
        // Added a week ago and still undecided: "barbecue or business lunch?" is due from the eighth day on.
        services.contacts().save(Contact.named("Ada Lovelace", MONDAY.minusDays(7)));
        services.followUps().reevaluateForToday();
        assertThat(services.followUps().open()).isEmpty();
        DayWatcher watcher = new DayWatcher(services, TaskRunner.sameThread(), notified::incrementAndGet);
        heard.clear();

        watcher.check();
        assertThat(heard).as("the same day: nothing to do").isEmpty();

        clock.now = MONDAY.plusDays(1).atTime(0, 1).toInstant(ZoneOffset.UTC);
        watcher.check();

        assertThat(services.followUps().open()).extracting(item -> item.followUp().title())
                .containsExactly("Decide: barbecue or business lunch with Ada Lovelace?");
        assertThat(heard).contains(Change.EVERYTHING);
        assertThat(notified).hasValue(1);
    }
}
