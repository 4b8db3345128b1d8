package app.rapport.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import app.rapport.interchange.FormatDetector;
import app.rapport.interchange.ImportFormat;
import app.rapport.service.Services;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.importer.DownloadImportView;
import app.rapport.ui.importer.DownloadImportViewModel;
import app.rapport.ui.importer.ImportWizard;
import app.rapport.ui.importer.ImportWizardViewModel;

/**
 * Opens the right import for what the user gave: contact files (LinkedIn connections, vCards, Google CSV,
 * archives) in the import wizard, platform downloads and calendars in the downloads import, each in its own
 * window over the main one. Dropped files are told apart by their content, as the command line does.
 */
final class ImportLauncher {

    private final Services services;
    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final Runnable afterImport;

    /** {@code afterImport} runs when an import wrote something (the window shows the contacts). */
    ImportLauncher(Services services, TaskRunner tasks, Supplier<Window> owner, Runnable afterImport) {
        this.services = services;
        this.tasks = tasks;
        this.owner = owner;
        this.afterImport = afterImport;
    }

    /** Files given at start or dropped on the window; none opens the wizard on its first step. */
    void open(List<Path> files) {
        if (files.isEmpty()) {
            openContactFiles(List.of());
            return;
        }
        tasks.read(this, () -> split(files), split -> {
            if (!split.downloads().isEmpty()) {
                openDownloads(split.downloads());
            }
            if (!split.contactFiles().isEmpty()) {
                openContactFiles(split.contactFiles());
            }
        }, error -> openContactFiles(files));
    }

    void openContactFiles(List<Path> files) {
        ImportWizardViewModel model = new ImportWizardViewModel(services.imports(), tasks);
        ImportWizard wizard = new ImportWizard(owner.get(), model, () -> openDownloads(List.of()));
        if (!files.isEmpty()) {
            model.read(files);
        }
        wizard.showAndWait();
        if (model.importedSomething()) {
            afterImport.run();
        }
    }

    void openDownloads(List<Path> files) {
        DownloadImportViewModel model = new DownloadImportViewModel(services.downloads(), services.preferences(),
                services.contacts(), tasks);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import platform downloads");
        stage.setOnCloseRequest(event -> {
            if (!model.mayClose()) {
                event.consume();
            }
        });
        Scene scene = new Scene(new DownloadImportView(model, stage::close));
        Stylesheets.apply(scene);
        stage.setScene(scene);
        if (!files.isEmpty()) {
            model.read(files);
        }
        stage.showAndWait();
        if (model.importedSomething()) {
            afterImport.run();
        }
    }

    private record Split(List<Path> contactFiles, List<Path> downloads) {
    }

    private static Split split(List<Path> files) {
        List<Path> contactFiles = new ArrayList<>();
        List<Path> downloads = new ArrayList<>();
        for (Path file : files) {
            (isDownload(file) ? downloads : contactFiles).add(file);
        }
        return new Split(contactFiles, downloads);
    }

    /**
     * A folder, a zip, a calendar, a platform's JSON, or a CSV that is no contact file but LinkedIn's messages.
     * Anything else goes to the contacts wizard, which names a file it cannot read.
     */
    private static boolean isDownload(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file) || name.endsWith(".zip") || name.endsWith(".ics")
                || name.endsWith(".json") && !name.endsWith(".rapport.json")) {
            return true;
        }
        try {
            return name.equals("messages.csv") && FormatDetector.detect(file) == ImportFormat.UNKNOWN;
        } catch (IOException e) {
            return false;
        }
    }
}
