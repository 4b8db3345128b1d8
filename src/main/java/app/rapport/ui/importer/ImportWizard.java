package app.rapport.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.ImportPlan;
import app.rapport.ui.Controls;
import app.rapport.ui.FxDialogService;
import app.rapport.ui.Stylesheets;

/** The import wizard window: one step at a time, with what will happen shown before it happens. */
public final class ImportWizard extends Stage {

    private final ImportWizardViewModel model;
    private final Runnable openDownloads;
    private final BorderPane root = new BorderPane();

    /** {@code openDownloads} opens the import of platform downloads instead, when the user asks for it. */
    public ImportWizard(Window owner, ImportWizardViewModel model, Runnable openDownloads) {
        this.model = model;
        this.openDownloads = openDownloads;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Import contacts");
        root.setPadding(new Insets(20));
        root.setId("import-wizard");
        root.setPrefSize(720, 520);
        Scene scene = new Scene(root);
        Stylesheets.apply(scene);
        setScene(scene);
        root.setOnDragOver(ImportSteps::acceptFiles);
        root.setOnDragDropped(event -> {
            if (event.getDragboard().hasFiles()) {
                model.read(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(true);
            event.consume();
        });
        // Closing mid-import would leave the user guessing; Cancel says what happens.
        setOnCloseRequest(event -> {
            if (model.stepProperty().get() == ImportWizardViewModel.Step.IMPORTING) {
                model.cancel();
                event.consume();
            }
        });
        model.stepProperty().addListener((obs, old, step) -> show(step));
        show(model.stepProperty().get());
    }

    private void show(ImportWizardViewModel.Step step) {
        root.setCenter(switch (step) {
            case CHOOSE -> choose();
            case READING -> reading();
            case PREVIEW -> preview();
            case IMPORTING -> importing();
            case DONE -> done();
        });
    }

    private Parent choose() {
        Label title = title("Import contacts");
        Label drop = new Label("Drop files here, or choose them.", FontIcon.of(Feather.UPLOAD, 32));
        drop.setContentDisplay(ContentDisplay.TOP);
        drop.getStyleClass().addAll(Styles.TITLE_4, "drop-area");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setAlignment(Pos.CENTER);
        VBox.setVgrow(drop, Priority.ALWAYS);
        drop.setMaxHeight(Double.MAX_VALUE);
        Label formats = new Label("Rapport reads LinkedIn's own export (Connections.csv and Invitations.csv), "
                + "Google Contacts CSV, vCards (.vcf) from phones and mail apps, and Rapport archives, and finds "
                + "the format by itself. To get LinkedIn's: Settings & Privacy \u2192 "
                + "Data privacy \u2192 Get a copy of your data \u2192 Connections. Duplicates are merged, never "
                + "doubled, and nothing is written until you say Import. Facebook, Instagram and LinkedIn "
                + "message downloads and calendars have their own import: Platform downloads.");
        formats.setWrapText(true);
        formats.getStyleClass().add(Styles.TEXT_MUTED);
        Button chooseFiles = new Button("Choose files\u2026", FontIcon.of(Feather.FOLDER));
        chooseFiles.getStyleClass().add(Styles.ACCENT);
        chooseFiles.setDefaultButton(true);
        chooseFiles.setId("import-choose");
        // The file chooser belongs to the wizard, which is modal over the main window.
        chooseFiles.setOnAction(event -> model.chooseFiles(new FxDialogService(() -> this)));
        Button downloads = new Button("Platform downloads\u2026", FontIcon.of(Feather.ARCHIVE));
        downloads.setId("import-downloads");
        downloads.setTooltip(new Tooltip("Facebook and Instagram downloads (JSON), LinkedIn's messages.csv and "
                + "calendars (.ics): who you are connected with, and when you wrote or met"));
        // After this window's own loop has ended: a window shown from inside the handler of the one closing was
        // never drawn on a real (X11) screen, though it took clicks and keys.
        downloads.setOnAction(event -> {
            close();
            Platform.runLater(openDownloads);
        });
        return new VBox(14, title, drop, formats, ImportSteps.buttons(downloads, chooseFiles, closeButton("Cancel")));
    }

    private Parent reading() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label("Reading " + describeFiles() + "\u2026 nothing is written yet.");
        VBox box = new VBox(14, title("Import contacts"), spinner, text);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Parent preview() {
        ImportPlan plan = model.planProperty().get();
        VBox box = new VBox(10, title("Check before importing"));
        if (!model.problems().isEmpty()) {
            Message problems = new Message("Left out: nothing of these files will be imported",
                    String.join("\n", model.problems()), FontIcon.of(Feather.ALERT_OCTAGON));
            problems.getStyleClass().add(Styles.DANGER);
            problems.setId("import-problems");
            box.getChildren().add(problems);
        }
        if (plan != null) {
            Label counts = Controls.wrapping(new Label(ImportWizardViewModel.planWords(plan.newContacts(),
                    plan.mergedContacts(), plan.requests().size(), plan.skipped().size())));
            counts.getStyleClass().add(Styles.TEXT_BOLD);
            counts.setId("import-counts");
            box.getChildren().add(counts);
            ListView<String> details = new ListView<>();
            details.setId("import-details");
            details.setCellFactory(ImportWizard::wrappingCell);
            plan.contacts().stream().filter(p -> !p.isNew() && p.target() > 0)
                    .forEach(p -> details.getItems().add("Merge: " + p.imported().contact().displayName()
                            + " \u2192 " + p.targetName()));
            plan.groupedSkipped().forEach(rows -> details.getItems().add("Skipped: " + rows.message()));
            plan.groupedWarnings().forEach(rows -> details.getItems().add("Note: " + rows.message()));
            details.setPlaceholder(new Label("Every row is new: nothing to merge, nothing skipped."));
            VBox.setVgrow(details, Priority.ALWAYS);
            box.getChildren().add(details);
        }
        Button start = new Button(plan == null ? "Import" : String.format("Import %,d", plan.work()),
                FontIcon.of(Feather.DOWNLOAD));
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setDisable(!model.canImport());
        start.setId("import-start");
        start.setOnAction(event -> model.start());
        Button other = new Button("Choose other files\u2026");
        other.setOnAction(event -> show(ImportWizardViewModel.Step.CHOOSE));
        box.getChildren().add(ImportSteps.buttons(other, closeButton("Cancel"), start));
        return box;
    }

    /** A note as long as the window is wide goes on over lines rather than off its edge. */
    private static ListCell<String> wrappingCell(ListView<String> list) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        // Room for the list's border and its scroll bar: wider, a cell would make the list scroll sideways.
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    private Parent importing() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("import-progress");
        bar.accessibleTextProperty().bind(model.progressTextProperty());
        Label text = new Label();
        text.textProperty().bind(model.progressTextProperty());
        text.setId("import-progress-text");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setId("import-cancel");
        cancel.setOnAction(event -> model.cancel());
        Label note = new Label("Everything is written in one go: Cancel leaves your contacts exactly as they were.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(14, title("Importing " + describeFiles()), bar, text, note, ImportSteps.buttons(cancel));
    }

    private Parent done() {
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setId("import-summary");
        Button close = closeButton("Close");
        close.getStyleClass().add(Styles.ACCENT);
        close.setDefaultButton(true);
        return new VBox(14, title("Import finished"), summary, ImportSteps.buttons(close));
    }

    private String describeFiles() {
        return model.files().size() == 1 ? String.valueOf(model.files().getFirst().getFileName())
                : model.files().size() + " files";
    }

    private Button closeButton(String text) {
        Button close = new Button(text);
        close.setCancelButton(true);
        close.setId("import-close");
        close.setOnAction(event -> close());
        return close;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }


    /** Files dropped on the main window start the wizard with them. */
    public void readDropped(List<Path> files) {
        model.read(files);
    }
}
