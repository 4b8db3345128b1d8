package app.rapport.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import app.rapport.service.Services;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DialogService;
import app.rapport.ui.FxDialogService;
import app.rapport.ui.Page;
import app.rapport.ui.PageContext;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.WindowStateKeeper;
import app.rapport.ui.contact.ContactPageView;
import app.rapport.ui.contact.ContactPageViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.interaction.LogInteractionView;
import app.rapport.ui.interaction.LogInteractionViewModel;

/**
 * The main window: the sidebar of pages, the page on screen, and what works on every page (shortcuts, Ctrl+Z
 * for the page's own undo, Ctrl+I, dropped files, the due notification). Which view shows which page is
 * {@link Pages}'s; moving between them is {@link ShellNavigator}'s.
 */
public final class MainWindow {

    public static final String STYLESHEET = Stylesheets.APP;
    /** The smallest window whose pages still show every word: the sidebar, a card's buttons and a table's columns. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 640;
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final Services services;
    private final TaskRunner tasks;
    private final WindowStateKeeper windowState;
    private final DialogService dialogs;
    private final StackPane content = new StackPane();
    private final ShellNavigator navigator;
    private final PageContext context;
    private final Sidebar sidebar;
    private final DayWatcher dayWatcher;
    private final ImportLauncher imports;
    private final Scene scene;

    public MainWindow(Services services, ThemeManager theme, WindowStateKeeper windowState, TaskRunner tasks,
                      Path dataDir) {
        this.services = services;
        this.tasks = tasks;
        this.windowState = windowState;
        this.dialogs = new FxDialogService(this::window);
        this.navigator = new ShellNavigator(content, this::openImport);
        // Done, an import shows its contacts, with the keyboard in the search.
        this.imports = new ImportLauncher(services, tasks, this::window, () -> navigator.openWithFocus(Page.CONTACTS));
        this.context = new PageContext(services, tasks, dialogs, new ChangeSignal(services.changes()), navigator,
                theme, dataDir);
        Pages pages = new Pages(context);
        this.sidebar = new Sidebar(pages::badge, navigator::open);
        ContactPageView contactPage = new ContactPageView(new ContactPageViewModel(services, tasks,
                context.changes()), navigator, dialogs);
        navigator.connect(pages, contactPage, sidebar::select, sidebar::focus);
        this.dayWatcher = new DayWatcher(services, tasks, this::notifyDueFollowUps);

        BorderPane root = new BorderPane(content);
        root.setLeft(sidebar);
        root.getStyleClass().add("main-window");
        root.pseudoClassStateChanged(DARK, theme.darkProperty().get());
        theme.darkProperty().addListener((obs, old, dark) -> root.pseudoClassStateChanged(DARK, dark));
        scene = new Scene(root);
        Stylesheets.apply(scene);
        installShortcuts();
        acceptDroppedFiles();
        open(Page.HOME);
        new FirstRun(context, content, () -> imports.openDownloads(List.of())).welcomeIfNew();
    }

    public Scene scene() {
        return scene;
    }

    public void show(Stage stage) {
        stage.setTitle("Rapport");
        // Every drawn size: the system picks the one that fits (small for a title bar, large for a task switcher).
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(
                    MainWindow.class.getResource("/app/rapport/ui/icons/rapport-" + size + ".png").toExternalForm()));
        }
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        windowState.restore(stage);
        stage.setOnCloseRequest(event -> windowState.save(stage));
        stage.show();
        dayWatcher.start();
    }

    public void open(Page page) {
        navigator.open(page);
    }

    /** Shows one contact's page, at one platform's card when {@code platformId} is given. */
    public void openContact(long contactId, String platformId) {
        navigator.openContact(contactId, platformId);
    }

    /** The import for {@code files} (given at start, or dropped on the window): contacts or platform downloads. */
    public void openImport(List<Path> files) {
        imports.open(files);
    }

    /**
     * One quiet desktop notification when something is due (at start, and when the day turns); clicking it opens
     * the follow-ups. It counts the queue once every change asked for before it is done.
     */
    public void notifyDueFollowUps() {
        tasks.read(this, services.followUps()::dueCount, due -> {
            if (due > 0) {
                DueNotification.show(window(), due, () -> open(Page.FOLLOW_UPS));
            }
        }, error -> { });
    }

    /** Checks the day now instead of within the minute (a test of the window left open overnight). */
    void checkDay() {
        dayWatcher.check();
    }

    private Window window() {
        return scene == null ? null : scene.getWindow();
    }

    private void logInteraction() {
        LogInteractionViewModel.open(services, tasks, navigator.showing().contactInFocus(), null,
                form -> dialogs.showAndWait(new LogInteractionView(form)), error -> { });
    }

    private void installShortcuts() {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            open(Page.CONTACTS);
            contacts().newContact();
        });
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            open(Page.CONTACTS);
            contacts().focusSearch();
        });
        accelerators.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::logInteraction);
        accelerators.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> openImport(List.of()));
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        accelerators.put(undo, () -> navigator.showing().undo());
        // A text field takes Ctrl+Z for its own typing, even with none to take back: then it is the page's.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (undo.match(event) && scene.getFocusOwner() instanceof TextInputControl field && !field.isUndoable()) {
                navigator.showing().undo();
                event.consume();
            }
        });
        accelerators.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(page.shortcutDigit()));
            accelerators.put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> navigator.openWithFocus(page));
        }
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && navigator.onContactPage()) {
                navigator.back();
                event.consume();
            }
        });
    }

    /** Ctrl+Q: closes the window as its close button does, so its size and place are kept for next time. */
    private void quit() {
        Window window = window();
        WindowEvent request = new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST);
        window.fireEvent(request);
        if (!request.isConsumed()) {
            window.hide();
        }
    }

    private ContactsView contacts() {
        return (ContactsView) navigator.showing();
    }

    private void acceptDroppedFiles() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            if (event.getDragboard().hasFiles()) {
                List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> openImport(files));
            }
            event.setDropCompleted(true);
            event.consume();
        });
    }
}
