package app.rapport.ui.followups;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.service.FollowUpItem;
import app.rapport.service.FollowUpService;
import app.rapport.service.Services;
import app.rapport.ui.TaskRunner;

/** The follow-up queue, split into overdue, today and upcoming, with the actions on each follow-up. */
public final class FollowUpsViewModel {

    /** The queue as of one day. */
    public record Queue(LocalDate today, List<FollowUpItem> overdue, List<FollowUpItem> dueToday,
                        List<FollowUpItem> upcoming) {
    }

    private final Services services;
    private final FollowUpService followUps;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Queue> queue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private Runnable afterChange = () -> { };

    public FollowUpsViewModel(Services services, TaskRunner tasks) {
        this.services = services;
        this.followUps = services.followUps();
        this.tasks = tasks;
        this.today = services::today;
    }

    /** Called after a follow-up changed data elsewhere too (completing "Accept" connects the link). */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    public void reload() {
        reloadThen(() -> { });
    }

    /** Reloads, then runs {@code then} on the FX thread with the new queue in place. */
    public void reloadThen(Runnable then) {
        tasks.read(this, followUps::open, items -> {
            LocalDate day = today.get();
            Queue loaded = new Queue(day,
                    items.stream().filter(i -> i.followUp().due().isBefore(day)).toList(),
                    items.stream().filter(i -> i.followUp().due().isEqual(day)).toList(),
                    items.stream().filter(i -> i.followUp().due().isAfter(day)).toList());
            queue.set(loaded);
            dueCount.set(loaded.overdue().size() + loaded.dueToday().size());
            then.run();
        }, this::fail);
    }

    public void complete(FollowUpItem item) {
        change(() -> followUps.complete(item.followUp().id()));
    }

    public void snooze(FollowUpItem item, LocalDate until) {
        change(() -> followUps.snooze(item.followUp().id(), until));
    }

    public void dismiss(FollowUpItem item) {
        change(() -> followUps.dismiss(item.followUp().id()));
    }

    public void delete(FollowUpItem item) {
        change(() -> followUps.deleteManual(item.followUp().id()));
    }

    /** Writes open follow-ups and birthdays to an .ics file, off the FX thread. */
    public void exportCalendar(Path file) {
        exportStatus.set("Exporting to " + file.getFileName() + "\u2026");
        tasks.run(() -> services.calendar().export(file), exported -> exportStatus.set(String.format(
                "Exported %d follow-up%s and %d birthday%s to %s. Import the file in your calendar app.",
                exported.followUps(), exported.followUps() == 1 ? "" : "s", exported.birthdays(),
                exported.birthdays() == 1 ? "" : "s", file)), error -> {
                    exportStatus.set("");
                    fail(error);
                });
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ManualFollowUpViewModel newManual() {
        return new ManualFollowUpViewModel(services, null);
    }

    public ManualFollowUpViewModel edit(FollowUpItem item) {
        return new ManualFollowUpViewModel(services, item);
    }

    public LocalDate today() {
        return today.get();
    }

    public ReadOnlyObjectProperty<Queue> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }

    private void change(Runnable work) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, done -> {
            problem.set("");
            reload();
            afterChange.run();
        }, this::fail);
    }

    private void fail(Throwable error) {
        problem.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}
