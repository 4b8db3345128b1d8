package app.rapport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import app.rapport.service.Services;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.FxDialogService;
import app.rapport.ui.PageContext;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.contacts.ContactsView;

/**
 * One keystroke in the contacts search until the table has laid out its new rows: the text field's text
 * changes (as typing changes it), then the CSS and layout pass that the next pulse would run. Drawing the
 * thirty visible rows afterwards costs the same whatever the store holds, so it is left out.
 */
final class SearchBench {

    // Typed letter by letter from an empty field, then cleared (Esc): names, companies, roles, tags, notes,
    // accents, two words, and words nobody has.
    private static final List<String> WORDS = List.of("lovelace", "acme", "engineer", "hiring", "jose",
            "zoe bronte", "marathon", "globex cto", "kowalski", "payments", "nobody here", "berners-lee", "ivanova",
            "recruiter", "open-source", "aoife murphy", "demo in january", "stark", "singh", "tanaka");

    private SearchBench() {
    }

    /** The 95th percentile, in milliseconds, over {@code keystrokes} keystrokes after one warm-up pass. */
    static double p95(Services services, int keystrokes) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        return onFx(() -> {
            ThemeManager theme = new ThemeManager(services.preferences());
            // Typing searches and never navigates: the page needs no navigator here.
            ContactsView view = ContactsView.page(new PageContext(services, TaskRunner.sameThread(),
                    new FxDialogService(() -> null), new ChangeSignal(services.changes()), null, theme, null));
            Scene scene = new Scene(view, 1280, 800);
            Stylesheets.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.shown();
            TextField search = (TextField) scene.lookup("#contact-search");
            TableView<?> table = (TableView<?>) scene.lookup("#contacts-table");
            type(search, view, table, keystrokes);
            List<Double> times = type(search, view, table, keystrokes);
            stage.close();
            return Stats.percentile(times, 95);
        });
    }

    private static List<Double> type(TextField search, Parent root, TableView<?> table, int keystrokes) {
        List<Double> times = new ArrayList<>();
        int word = 0;
        while (times.size() < keystrokes) {
            String text = WORDS.get(word++ % WORDS.size());
            for (int typed = 1; typed <= text.length() + 1 && times.size() < keystrokes; typed++) {
                String now = typed <= text.length() ? text.substring(0, typed) : "";
                long start = System.nanoTime();
                search.setText(now);
                root.applyCss();
                root.layout();
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        if (table.getItems().isEmpty()) {
            throw new IllegalStateException("The contacts table stayed empty: nothing was searched.");
        }
        return times;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
