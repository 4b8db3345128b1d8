package app.rapport.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Dialog;

/**
 * Every question the app asks in a window of its own: confirmations, messages, file and folder choices. View
 * models ask it, so what they decide is tested with a scripted answer instead of a robot clicking a real dialog;
 * the app's one implementation owns every such window by the main window and themes it.
 */
public interface DialogService {

    /** One answer among several, such as which of two contacts keeps its name in a merge. */
    record Choice<T>(String label, T value) {
    }

    /** Which files a file chooser offers, e.g. {@code new FileType("Rapport backups", "*.zip")}. */
    record FileType(String description, String... patterns) {
    }

    /** Asks to go ahead with something that changes data; true when the user confirmed with {@code confirmLabel}. */
    boolean confirm(String header, String text, String confirmLabel);

    /** Asks the user to pick one of {@code choices}; empty when they cancelled. */
    <T> Optional<T> choose(String header, String text, List<Choice<T>> choices);

    /** Tells something that went well and needs no answer. */
    void inform(String header, String text);

    /** Tells what went wrong; {@code text} names the problem and what was kept. */
    void showError(String header, String text);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<FileType> types);

    List<Path> chooseFilesToOpen(String title, List<FileType> types);

    Optional<Path> chooseFolder(String title);

    /** Asks for a password, explained by {@code text}; empty when cancelled or left blank. */
    Optional<char[]> askPassword(String header, String text);

    /** Asks for a short text, such as a tag; empty when cancelled or left blank. */
    Optional<String> askText(String header, String label);

    /** Asks for a day, starting at {@code initial}; empty when cancelled. */
    Optional<LocalDate> askDate(String header, String label, LocalDate initial);

    /** Shows a dialog a view built (a form), owned and themed like every other, and waits for its answer. */
    <R> Optional<R> showAndWait(Dialog<R> dialog);

    /** Shows a dialog a view built that closes itself when its work is done, without waiting for it. */
    void show(Dialog<?> dialog);
}
