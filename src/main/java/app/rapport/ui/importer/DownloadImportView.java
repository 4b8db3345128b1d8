package app.rapport.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.ui.DialogService;
import app.rapport.ui.FxDialogService;

/**
 * The download path of the import wizard, as one pane: choose or drop the downloads, the preview per platform,
 * the people to settle, the user's own calendar addresses, then progress and the summary with Undo. The
 * wizard's window hosts it; {@code onClose} is what its Close and Cancel buttons do there.
 */
public final class DownloadImportView extends BorderPane {

    private final DownloadImportViewModel model;
    private final Runnable onClose;

    public DownloadImportView(DownloadImportViewModel model, Runnable onClose) {
        this.model = model;
        this.onClose = onClose;
        setPadding(new Insets(20));
        setId("download-import");
        setPrefSize(760, 580);
        setOnDragOver(ImportSteps::acceptFiles);
        setOnDragDropped(event -> {
            if (event.getDragboard().hasFiles()) {
                model.read(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(true);
            event.consume();
        });
        model.stepProperty().addListener((obs, old, step) -> show(step));
        model.rows().addListener((javafx.collections.ListChangeListener<DownloadRow>) change -> {
            if (model.stepProperty().get() == DownloadImportViewModel.Step.PREVIEW) {
                show(DownloadImportViewModel.Step.PREVIEW);
            }
        });
        show(model.stepProperty().get());
    }

    private void show(DownloadImportViewModel.Step step) {
        setCenter(switch (step) {
            case CHOOSE -> choose();
            case READING -> reading();
            case PREVIEW -> preview();
            case IMPORTING -> importing();
            case DONE -> done();
        });
    }

    private Parent choose() {
        Label drop = new Label("Drop your downloads here: the zips, the unzipped folders or single files.",
                FontIcon.of(Feather.UPLOAD, 32));
        drop.setContentDisplay(ContentDisplay.TOP);
        drop.setWrapText(true);
        drop.getStyleClass().addAll(Styles.TITLE_4, "drop-area");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setMaxHeight(Double.MAX_VALUE);
        drop.setAlignment(Pos.CENTER);
        VBox.setVgrow(drop, Priority.ALWAYS);
        Label how = new Label("Facebook and Instagram: Settings \u2192 Accounts Center \u2192 Your information and "
                + "permissions \u2192 Download your information; pick \"JSON\" as the format. LinkedIn: Settings & "
                + "Privacy \u2192 Data privacy \u2192 Get a copy of your data (messages.csv is in it). Calendars: "
                + "export an .ics from Google, Outlook or Apple Calendar. Only names, dates and addresses are "
                + "read; no message text, event title or place is kept.");
        how.setWrapText(true);
        how.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, title("Import your Facebook, Instagram, LinkedIn and calendar downloads"), drop, how);
        if (!model.problemProperty().get().isEmpty()) {
            Message problem = new Message("Nothing was imported", model.problemProperty().get(),
                    FontIcon.of(Feather.ALERT_OCTAGON));
            problem.getStyleClass().add(Styles.DANGER);
            problem.setId("download-problem");
            box.getChildren().add(1, problem);
        }
        Button files = new Button("Choose files\u2026", FontIcon.of(Feather.FILE));
        files.getStyleClass().add(Styles.ACCENT);
        files.setDefaultButton(true);
        files.setId("download-choose");
        files.setOnAction(event -> model.chooseFiles(dialogs()));
        Button folder = new Button("Choose a folder\u2026", FontIcon.of(Feather.FOLDER));
        folder.setOnAction(event -> model.chooseFolder(dialogs()));
        box.getChildren().add(ImportSteps.buttons(closeButton("Cancel"), folder, files));
        return box;
    }

    /** The choosers belong to this window, which is modal over the main window. */
    private DialogService dialogs() {
        return new FxDialogService(() -> getScene().getWindow());
    }

    private Parent reading() {
        Label text = new Label("Reading " + describeFiles() + "\u2026 nothing is written yet.");
        return new VBox(14, title("Import downloads"), new ProgressIndicator(), text);
    }

    private Parent preview() {
        VBox content = new VBox(10);
        VBox counts = new VBox(4);
        counts.setId("download-counts");
        Runnable fill = () -> counts.getChildren().setAll(model.countLines().stream()
                .map(DownloadImportView::platformLine).toList());
        fill.run();
        model.countLines().addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
        content.getChildren().add(counts);
        if (!model.addresses().isEmpty()) {
            Label mine = new Label("Which of these calendar addresses are yours? They are not contacts.");
            mine.getStyleClass().add(Styles.TEXT_BOLD);
            FlowPane boxes = new FlowPane(12, 6);
            boxes.setId("download-addresses");
            model.addresses().forEach(address -> {
                CheckBox box = new CheckBox(address.address());
                box.selectedProperty().bindBidirectional(address.mineProperty());
                boxes.getChildren().add(box);
            });
            content.getChildren().addAll(mine, boxes);
        }
        List<DownloadRow> ambiguous = model.rows().stream()
                .filter(DownloadRow::ambiguous).toList();
        List<DownloadRow> unmatched = model.rows().stream().filter(row -> !row.ambiguous()).toList();
        if (!ambiguous.isEmpty()) {
            content.getChildren().add(section("Several contacts match: who is it?"));
            VBox list = new VBox(6);
            list.setId("download-ambiguous");
            ambiguous.forEach(row -> list.getChildren().add(ambiguousRow(row)));
            content.getChildren().add(list);
        }
        if (!unmatched.isEmpty()) {
            content.getChildren().add(section("No contact matches: link to one, or skip"));
            VBox list = new VBox(6);
            list.setId("download-unmatched");
            unmatched.forEach(row -> list.getChildren().add(unmatchedRow(row)));
            content.getChildren().add(list);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button start = new Button("Import", FontIcon.of(Feather.DOWNLOAD));
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.setId("download-start");
        start.setOnAction(event -> model.start());
        return new VBox(12, title("Check before importing"), scroll,
                ImportSteps.buttons(closeButton("Cancel"), start));
    }

    private Node ambiguousRow(DownloadRow row) {
        Label who = new Label(row.describe());
        who.setWrapText(true);
        who.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(who, Priority.ALWAYS);
        ComboBox<DownloadImportViewModel.Choice> pick = new ComboBox<>(FXCollections.observableArrayList(
                row.candidates()));
        pick.valueProperty().bindBidirectional(row.chosenProperty());
        pick.setPrefWidth(240);
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setAccessibleText("Who is " + row.person().shown());
        HBox line = new HBox(10, who, pick);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node unmatchedRow(DownloadRow row) {
        Label who = new Label(row.describe());
        who.setWrapText(true);
        who.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(who, Priority.ALWAYS);
        TextField search = new TextField();
        search.setPromptText("Search contacts");
        search.setTooltip(new Tooltip("Enter links the first contact found; Down lists everyone found."));
        search.setAccessibleText("Search a contact for " + row.person().shown());
        search.setPrefWidth(150);
        // The name wraps rather than squeezing the controls, so they line up row under row.
        search.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<DownloadImportViewModel.Choice> pick = new ComboBox<>(FXCollections.observableArrayList(
                model.search("")));
        pick.valueProperty().bindBidirectional(row.chosenProperty());
        pick.setPrefWidth(200);
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setAccessibleText("Link " + row.person().shown() + " to");
        search.textProperty().addListener((obs, old, text) -> {
            DownloadImportViewModel.Choice kept = pick.getValue();
            pick.getItems().setAll(model.search(text));
            if (kept != null && !pick.getItems().contains(kept)) {
                pick.getItems().add(kept);
            }
            pick.setValue(kept);
        });
        // Enter links the first contact found (and must not start the import); Down opens the list of all found.
        // The list does not open by itself as one types: while it is open it takes Enter and the arrow keys.
        search.setOnAction(event -> {
            model.firstFound(search.getText()).ifPresent(pick::setValue);
            pick.hide();
            event.consume();
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                pick.requestFocus();
                pick.show();
                event.consume();
            }
        });
        HBox line = new HBox(10, who, search, pick);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Parent importing() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("download-progress");
        bar.accessibleTextProperty().bind(model.progressTextProperty());
        Label text = new Label();
        text.textProperty().bind(model.progressTextProperty());
        text.setId("download-progress-text");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setId("download-cancel");
        cancel.setOnAction(event -> model.cancel());
        Label note = new Label("Everything is written in one go: Cancel leaves your contacts exactly as they were.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(14, title("Importing " + describeFiles()), bar, text, note, ImportSteps.buttons(cancel));
    }

    private Parent done() {
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        summary.setId("download-summary");
        VBox landed = new VBox(6);
        landed.setId("download-result");
        model.resultLines().forEach(line -> landed.getChildren().add(platformLine(line)));
        Button undo = new Button("Undo the whole import", FontIcon.of(Feather.ROTATE_CCW));
        undo.setId("download-undo");
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(event -> model.undo());
        Button close = closeButton("Close");
        close.getStyleClass().add(Styles.ACCENT);
        close.setDefaultButton(true);
        close.disableProperty().bind(model.undoingProperty());
        ProgressBar undoing = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        undoing.setId("download-undoing");
        undoing.setMaxWidth(Double.MAX_VALUE);
        undoing.setAccessibleText("Undoing the import");
        undoing.visibleProperty().bind(model.undoingProperty());
        undoing.managedProperty().bind(undoing.visibleProperty());
        model.resultLines().addListener((javafx.collections.ListChangeListener<String>) change ->
                landed.getChildren().setAll(model.resultLines().stream().map(DownloadImportView::platformLine)
                        .toList()));
        Label title = title("");
        title.textProperty().bind(model.outcomeProperty());
        return new VBox(14, title, summary, undoing, landed, ImportSteps.buttons(undo, close));
    }

    private String describeFiles() {
        List<Path> files = model.files();
        return files.size() == 1 ? String.valueOf(files.getFirst().getFileName()) : files.size() + " downloads";
    }

    private Button closeButton(String text) {
        Button close = new Button(text);
        close.setCancelButton(true);
        close.setId("download-close");
        close.setOnAction(event -> onClose.run());
        return close;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        return title;
    }

    /**
     * A platform's line, wrapped only after a part's dot: "4 new contacts to sort" is never cut after the 4, nor
     * does a line start with a dot.
     */
    private static Node platformLine(String text) {
        Label label = new Label(text.replace(' ', '\u00a0').replace("\u00a0\u00b7\u00a0", "\u00a0\u00b7 "));
        label.setWrapText(true);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4);
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

}
