package app.rapport.ui.contacts;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import app.rapport.service.Services;
import app.rapport.service.WorkCancelledException;
import app.rapport.ui.DialogService.FileType;
import app.rapport.ui.DialogService;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/**
 * Export…: asks where to save and in which format (by the file's extension), then exports off the FX thread, with
 * its progress and a Cancel while it runs.
 */
public final class ExportViewModel {

    private final Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkWatch watch;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Path exporting;

    public ExportViewModel(Services services, TaskRunner tasks, DialogService dialogs) {
        this(services, tasks, dialogs, new WorkWatch());
    }

    /** With the watch that shows the progress and takes the Cancel; a test's may cancel at a step. */
    ExportViewModel(Services services, TaskRunner tasks, DialogService dialogs, WorkWatch watch) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.watch = watch;
    }

    public void export() {
        if (running.get()) {
            return;
        }
        dialogs.chooseFileToSave("Export", "rapport-" + services.today() + ".rapport.json", List.of(
                new FileType("Rapport archive, everything (*.rapport.json)", "*.rapport.json"),
                new FileType("vCards for phones and mail apps (*.vcf)", "*.vcf"),
                new FileType("Spreadsheet (*.csv)", "*.csv"),
                new FileType("Calendar: follow-ups and birthdays (*.ics)", "*.ics"))).ifPresent(this::export);
    }

    private void export(Path file) {
        exporting = file;
        watch.start();
        running.set(true);
        tasks.read(this, () -> services.exports().export(file, watch), exported -> {
            running.set(false);
            dialogs.inform("Export finished", "Saved " + exported.what() + " to " + exported.file() + ".");
        }, error -> {
            running.set(false);
            if (error instanceof WorkCancelledException) {
                dialogs.inform("Export cancelled", error.getMessage());
            } else {
                dialogs.showError("The export failed; nothing was written", Problems.describe(error));
            }
        });
    }

    /** Stops the export under way. */
    public void cancel() {
        if (running.get()) {
            watch.cancel();
        }
    }

    /** True while an export runs: its window shows the progress. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The file being written, for the progress window's title. */
    public Path exporting() {
        return exporting;
    }

    public WorkWatch watch() {
        return watch;
    }
}
