package app.rapport.ui.followups;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import app.rapport.service.FollowUpItem;
import app.rapport.service.FollowUpService;
import app.rapport.service.FollowUpUndo;
import app.rapport.service.Services;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DateFields;
import app.rapport.ui.DialogService;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/** The follow-up queue, split into overdue, today and upcoming, with the actions on each follow-up. */
public final class FollowUpsViewModel {

    private static final DateTimeFormatter DATE = DateFields.display(Locale.getDefault(Locale.Category.FORMAT));

    /** The queue as of one day. */
    public record Queue(LocalDate today, List<FollowUpItem> overdue, List<FollowUpItem> dueToday,
                        List<FollowUpItem> upcoming) {
    }

    private final Services services;
    private final FollowUpService followUps;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Queue> queue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ManualFollowUpViewModel> formRequest = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<FollowUpUndo> undoable = new SimpleObjectProperty<>();
    private final StringBinding undoMessage = Bindings.createStringBinding(() -> said(undoable.get()), undoable);

    /** Loads at once and follows every change: the sidebar's badge counts what is due on every page. */
    public FollowUpsViewModel(Services services, TaskRunner tasks, DialogService dialogs, ChangeSignal changes) {
        this.services = services;
        this.followUps = services.followUps();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = services::today;
        Freshness.always(changes, this::reload);
    }

    private void reload() {
        tasks.read(this, followUps::open, items -> {
            LocalDate day = today.get();
            Queue loaded = new Queue(day,
                    items.stream().filter(i -> i.followUp().due().isBefore(day)).toList(),
                    items.stream().filter(i -> i.followUp().due().isEqual(day)).toList(),
                    items.stream().filter(i -> i.followUp().due().isAfter(day)).toList());
            queue.set(loaded);
            dueCount.set(loaded.overdue().size() + loaded.dueToday().size());
        }, this::fail);
    }

    public void complete(FollowUpItem item) {
        undoably(() -> followUps.complete(item.followUp().id()));
    }

    public void snooze(FollowUpItem item, LocalDate until) {
        undoably(() -> followUps.snooze(item.followUp().id(), until));
    }

    public void dismiss(FollowUpItem item) {
        undoably(() -> followUps.dismiss(item.followUp().id()));
    }

    /** Takes back the last Done, Snooze or Dismiss that the undo bar offers (Ctrl+Z); once. */
    public void undo() {
        FollowUpUndo step = undoable.get();
        if (step != null) {
            undoable.set(null);
            change(() -> followUps.undo(step));
        }
    }

    public void forgetUndo() {
        undoable.set(null);
    }

    /** What the undo bar says; empty when there is nothing to undo. */
    public StringBinding undoMessage() {
        return undoMessage;
    }

    private void undoably(Supplier<FollowUpUndo> work) {
        tasks.run(work, step -> {
            problem.set("");
            undoable.set(step);
        }, this::fail);
    }

    private static String said(FollowUpUndo step) {
        if (step == null) {
            return "";
        }
        String title = "\u201c" + step.before().title() + "\u201d";
        return switch (step.after().status()) {
            case DONE -> "Marked " + title + " done.";
            case DISMISSED -> "Dismissed " + title + ".";
            default -> "Snoozed " + title + " until " + DATE.format(step.after().due()) + ".";
        };
    }

    /** Asks first: a follow-up of the user's own is gone for good. */
    public void delete(FollowUpItem item) {
        if (dialogs.confirm("Delete this follow-up?", "Delete \u201c" + item.followUp().title()
                + "\u201d? This cannot be undone.", "Delete")) {
            change(() -> followUps.deleteManual(item.followUp().id()));
        }
    }

    /** Asks until which day, three days from today to begin with. */
    public void pickSnoozeDate(FollowUpItem item) {
        dialogs.askDate("Snooze \u201c" + item.followUp().title() + "\u201d until", "Snooze until",
                today().plusDays(3)).ifPresent(until -> snooze(item, until));
    }

    /** Asks where to save the calendar file, then writes it. */
    public void exportCalendar() {
        dialogs.chooseFileToSave("Export follow-ups and birthdays", "rapport-follow-ups.ics",
                List.of(new DialogService.FileType("iCalendar (*.ics)", "*.ics"))).ifPresent(this::exportCalendar);
    }

    /** Opens the form for a follow-up of the user's own ({@code item} null) or edits one. */
    public void openForm(FollowUpItem item) {
        tasks.read(this, () -> ManualFollowUpViewModel.Choices.read(services), choices ->
                formRequest.set(new ManualFollowUpViewModel(services, tasks, choices, item)), this::fail);
    }

    /** The form the view is to show; the view calls {@link #formClosed} once it is closed. */
    public ReadOnlyObjectProperty<ManualFollowUpViewModel> formRequestProperty() {
        return formRequest.getReadOnlyProperty();
    }

    public void formClosed() {
        formRequest.set(null);
    }

    /** Writes open follow-ups and birthdays to an .ics file, off the FX thread. */
    void exportCalendar(Path file) {
        exportStatus.set("Exporting to " + file.getFileName() + "\u2026");
        tasks.run(() -> services.calendar().export(file), exported -> exportStatus.set("Exported "
                + count(exported.followUps(), "follow-up") + ", " + count(exported.birthdays(), "birthday") + " and "
                + count(exported.importantDates(), "other important date") + " to " + file
                + ". Import the file in your calendar app."), error -> {
                    exportStatus.set("");
                    fail(error);
                });
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today.get();
    }

    public ReadOnlyObjectProperty<Queue> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    /** The page's count of what is due, in words: thousands grouped, as the sidebar's badge words them. */
    static String dueWords(int count) {
        return count == 0 ? "nothing due" : String.format("%,d due today or overdue", count);
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
        }, done -> problem.set(""), this::fail);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private void fail(Throwable error) {
        problem.set(Problems.describe(error));
    }
}
