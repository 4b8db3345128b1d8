package app.rapport.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.service.ImportPlan;
import app.rapport.service.ImportService;
import app.rapport.service.WorkCancelledException;
import app.rapport.ui.DialogService;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/**
 * The import wizard: choose or drop files, read them (nothing is written), look at the preview, import in
 * one transaction with a progress bar and Cancel, read the summary.
 */
public final class ImportWizardViewModel {

    /** Where the wizard is. */
    public enum Step { CHOOSE, READING, PREVIEW, IMPORTING, DONE }

    private final ImportService imports;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    // In percent: the import's steps are its new contacts, then every row again, then the follow-ups, so a count
    // of them said "of 60,001 rows" for a file of 30,000.
    private final WorkWatch watch = new WorkWatch();
    private boolean imported;

    public ImportWizardViewModel(ImportService imports, TaskRunner tasks) {
        this.imports = imports;
        this.tasks = tasks;
    }

    /** Reads the files and plans the import; the store is only read. */
    /** Asks which files to import, then reads them. */
    public void chooseFiles(DialogService dialogs) {
        List<Path> chosen = dialogs.chooseFilesToOpen("Choose files to import", List.of(
                new DialogService.FileType("Contacts files", "*.csv", "*.vcf", "*.json"),
                new DialogService.FileType("All files", "*.*")));
        if (!chosen.isEmpty()) {
            read(chosen);
        }
    }

    public void read(List<Path> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        files.setAll(chosen);
        problems.clear();
        plan.set(null);
        step.set(Step.READING);
        tasks.run(() -> {
            ImportService.ReadFiles read = imports.read(chosen);
            return new Preview(read.problems(), read.batches().isEmpty() ? null : imports.plan(read));
        }, preview -> {
            problems.setAll(preview.problems());
            plan.set(preview.plan());
            step.set(Step.PREVIEW);
        }, error -> {
            problems.setAll(String.valueOf(error.getMessage()));
            step.set(Step.PREVIEW);
        });
    }

    public boolean canImport() {
        return plan.get() != null && plan.get().work() > 0;
    }

    public void start() {
        ImportPlan toApply = plan.get();
        if (toApply == null) {
            return;
        }
        watch.start();
        step.set(Step.IMPORTING);
        tasks.run(() -> imports.apply(toApply, watch), result -> {
            imported = true;
            summary.set(doneWords(result.created(), result.merged(), result.requests(), toApply.skipped().size()));
            step.set(Step.DONE);
        }, error -> {
            summary.set(error instanceof WorkCancelledException ? error.getMessage()
                    : "The import failed and nothing was imported: " + error.getMessage());
            step.set(Step.DONE);
        });
    }

    public void cancel() {
        watch.cancel();
    }

    /** Whether the store changed, so the window reloads what it shows. */
    public boolean importedSomething() {
        return imported;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return watch.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return watch.stepProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }


    private record Preview(List<String> problems, ImportPlan plan) {
    }

    /**
     * The preview's counts: the new contacts, then only what there is of the rest, "30,000 new contacts" or
     * "3 new contacts · 1 merged with a contact you have · 2 rows skipped".
     */
    static String planWords(long created, long merged, long invitations, long skipped) {
        List<String> parts = counts(created, merged, "you have", invitations);
        if (skipped > 0) {
            parts.add(count(skipped, "row skipped", "rows skipped"));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** What the import did, as the preview words it: "Imported: 30,000 new contacts." */
    static String doneWords(long created, long merged, long invitations, long skipped) {
        return "Imported: " + String.join(", ", counts(created, merged, "you had", invitations)) + "."
                + (skipped == 0 ? "" : " " + count(skipped, "row was", "rows were") + " skipped, as listed before.");
    }

    private static List<String> counts(long created, long merged, String youHave, long invitations) {
        List<String> parts = new ArrayList<>();
        parts.add(count(created, "new contact", "new contacts"));
        if (merged > 0) {
            parts.add(count(merged, "merged with a contact " + youHave, "merged with contacts " + youHave));
        }
        if (invitations > 0) {
            parts.add(count(invitations, "LinkedIn invitation", "LinkedIn invitations"));
        }
        return parts;
    }

    private static String count(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
