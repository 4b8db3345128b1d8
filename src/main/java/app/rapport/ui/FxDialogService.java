package app.rapport.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's dialogs: owned by the main window (or none before it shows), in the app's stylesheet. */
public final class FxDialogService implements DialogService {

    private static final double TEXT_WIDTH = 440;

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String text, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text, ButtonType.CANCEL, ok);
        return showAndWait(alert).filter(ok::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String header, String text, List<Choice<T>> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text);
        List<ButtonType> buttons = choices.stream().map(choice -> new ButtonType(choice.label(),
                choices.indexOf(choice) == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        return showAndWait(alert).filter(buttons::contains).map(button -> choices.get(buttons.indexOf(button)).value());
    }

    @Override
    public void inform(String header, String text) {
        showAndWait(alert(Alert.AlertType.INFORMATION, header, text, ButtonType.OK));
    }

    @Override
    public void showError(String header, String text) {
        showAndWait(alert(Alert.AlertType.ERROR, header, text, ButtonType.OK));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        List<File> chosen = fileChooser(title, types).showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String header, String text) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Rapport");
        dialog.setHeaderText(header);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("password-question");
        pane.getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        PasswordField password = new PasswordField();
        password.setId("password-answer");
        password.setAccessibleText(header);
        VBox content = new VBox(8, wrapped(text, password), password);
        content.setPrefWidth(TEXT_WIDTH);
        pane.setContent(content);
        dialog.setOnShown(event -> password.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK && !password.getText().isEmpty()
                ? password.getText().toCharArray() : null);
        return showAndWait(dialog);
    }

    @Override
    public Optional<String> askText(String header, String label) {
        TextField field = new TextField();
        field.setId("text-answer");
        field.setAccessibleText(label);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Rapport");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new VBox(8, wrapped(label, field), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> field.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isBlank()
                ? field.getText().strip() : null);
        return showAndWait(dialog);
    }

    @Override
    public Optional<LocalDate> askDate(String header, String label, LocalDate initial) {
        DatePicker picker = DateFields.install(new DatePicker(initial));
        picker.setId("date-answer");
        picker.setAccessibleText(label);
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(label);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new VBox(8, wrapped(label, picker), picker));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        return showAndWait(dialog);
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public void show(Dialog<?> dialog) {
        prepare(dialog);
        dialog.show();
    }

    private void prepare(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null && dialog.getOwner() == null) {
            dialog.initOwner(window);
        }
        Stylesheets.apply(dialog.getDialogPane());
        // JavaFX's button bar gives its default button the focus when its skin lays the buttons out, which on a
        // desktop can happen after the dialog shows, taking the keyboard from the field the dialog's onShown
        // focused (typing a name pressed Save). Styled first, the bar has done so before onShown runs.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> dialog.getDialogPane().applyCss());
        // A button that says what it does ("Change all 10", "Keep “Ada Lovelace”") is never cut to "…": not
        // by its own width, nor by the bar's one width for all, taken before the default button's bold text.
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().forEach(type -> {
            Node button = pane.lookupButton(type);
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        });
    }

    /**
     * An alert worded like every other, for the few shown before the main window exists (a start-up problem) or
     * without waiting (the last-resort error); everything else asks through the interface.
     */
    public static Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle("Rapport");
        alert.setHeaderText(header);
        // The alert's own content label is cut to a line or two; a wrapping label shows every word.
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMinHeight(Region.USE_PREF_SIZE);
        content.setPrefWidth(TEXT_WIDTH);
        alert.getDialogPane().setContent(content);
        return alert;
    }

    private static Label wrapped(String text, Node labelFor) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(labelFor);
        return label;
    }

    private static FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(type -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(type.description(), type.patterns())));
        return chooser;
    }
}
