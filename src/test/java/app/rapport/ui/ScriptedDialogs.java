package app.rapport.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Dialog;

/**
 * The dialogs a view model asks, answered from a script: a test says beforehand what the user will answer, and
 * afterwards reads what was asked. A question with no answer scripted fails the test, so a view model cannot ask
 * something unnoticed.
 */
public final class ScriptedDialogs implements DialogService {

    /** What was asked, in order: headers of questions, titles of file choices, texts of messages. */
    public final List<String> asked = new ArrayList<>();
    /** The texts under the confirmations' headers, in order. */
    public final List<String> confirmTexts = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** The next confirmation is answered yes or no. */
    public ScriptedDialogs confirms(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next choice picks the choice at {@code index}, or cancels when it is negative. */
    public ScriptedDialogs chooses(int index) {
        answers.add(index);
        return this;
    }

    /** The next file or folder choice picks {@code path}, or cancels when it is null. */
    public ScriptedDialogs picksFile(Path path) {
        answers.add(path == null ? Optional.empty() : Optional.of(path));
        return this;
    }

    public ScriptedDialogs typesPassword(String password) {
        answers.add(password.toCharArray());
        return this;
    }

    public ScriptedDialogs types(String text) {
        answers.add(text);
        return this;
    }

    public ScriptedDialogs picksDate(LocalDate date) {
        answers.add(date);
        return this;
    }

    private <T> T next(String question, Class<T> type) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("Asked \u201c" + question + "\u201d with no answer scripted");
        }
        return type.cast(answers.removeFirst());
    }

    @Override
    public boolean confirm(String header, String text, String confirmLabel) {
        confirmTexts.add(text);
        return next(header, Boolean.class);
    }

    @Override
    public <T> Optional<T> choose(String header, String text, List<Choice<T>> choices) {
        int index = next(header, Integer.class);
        return index < 0 ? Optional.empty() : Optional.of(choices.get(index).value());
    }

    @Override
    public void inform(String header, String text) {
        asked.add(header + ": " + text);
    }

    @Override
    public void showError(String header, String text) {
        asked.add(header + ": " + text);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        return next(title, Optional.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<FileType> types) {
        return next(title, Optional.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        Optional<Path> chosen = next(title, Optional.class);
        return chosen.map(List::of).orElse(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Path> chooseFolder(String title) {
        return next(title, Optional.class);
    }

    @Override
    public Optional<char[]> askPassword(String header, String text) {
        return Optional.of(next(header, char[].class));
    }

    @Override
    public Optional<String> askText(String header, String label) {
        return Optional.of(next(header, String.class));
    }

    @Override
    public Optional<LocalDate> askDate(String header, String label, LocalDate initial) {
        return Optional.of(next(header, LocalDate.class));
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        throw new AssertionError("A view model showed a dialog of a view: " + dialog.getClass().getSimpleName());
    }

    @Override
    public void show(Dialog<?> dialog) {
        throw new AssertionError("A view model showed a dialog of a view: " + dialog.getClass().getSimpleName());
    }
}
