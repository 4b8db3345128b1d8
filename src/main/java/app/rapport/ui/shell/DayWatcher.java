package app.rapport.ui.shell;

import java.time.LocalDate;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.service.Change;
import app.rapport.service.Services;
import app.rapport.ui.TaskRunner;

/**
 * A window left open overnight must not show yesterday's queue: once a minute it checks the day, and when it has
 * turned, the follow-up rules run for the new day, every page hears of it as a change, and the due notification
 * shows.
 */
final class DayWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DayWatcher.class);

    private final Services services;
    private final TaskRunner tasks;
    private final Runnable notifyDue;
    private final Timeline everyMinute;
    private LocalDate day;

    DayWatcher(Services services, TaskRunner tasks, Runnable notifyDue) {
        this.services = services;
        this.tasks = tasks;
        this.notifyDue = notifyDue;
        this.day = services.today();
        this.everyMinute = new Timeline(new KeyFrame(Duration.minutes(1), event -> check()));
        everyMinute.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        everyMinute.play();
    }

    /** Looks at the clock now; the timeline calls this once a minute. */
    void check() {
        LocalDate today = services.today();
        if (today.equals(day)) {
            return;
        }
        day = today;
        tasks.run(services.followUps()::reevaluateForToday, reevaluated -> {
            services.changes().publish(Change.EVERYTHING);
            notifyDue.run();
        }, error -> LOG.warn("Follow-ups could not be re-evaluated for the new day: {}",
                error.getClass().getSimpleName()));
    }
}
