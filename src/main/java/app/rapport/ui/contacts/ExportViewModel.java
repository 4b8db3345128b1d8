package app.rapport.ui.contacts;

import java.nio.file.Path;
import java.util.List;

import app.rapport.service.Services;
import app.rapport.ui.DialogService.FileType;
import app.rapport.ui.DialogService;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/** Export…: asks where to save and in which format (by the file's extension), then exports off the FX thread. */
public final class ExportViewModel {

    private final Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public ExportViewModel(Services services, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void export() {
        dialogs.chooseFileToSave("Export", "rapport-" + services.today() + ".rapport.json", List.of(
                new FileType("Rapport archive, everything (*.rapport.json)", "*.rapport.json"),
                new FileType("vCards for phones and mail apps (*.vcf)", "*.vcf"),
                new FileType("Spreadsheet (*.csv)", "*.csv"),
                new FileType("Calendar: follow-ups and birthdays (*.ics)", "*.ics"))).ifPresent(this::export);
    }

    private void export(Path file) {
        tasks.read(this, () -> services.exports().export(file), exported -> dialogs.inform("Export finished",
                "Saved " + exported.what() + " to " + exported.file() + "."),
                error -> dialogs.showError("The export failed; nothing was written", Problems.describe(error)));
    }
}
