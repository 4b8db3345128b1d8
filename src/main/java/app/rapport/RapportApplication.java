package app.rapport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.domain.ContactSummary;
import app.rapport.service.Services;
import app.rapport.service.StoreRecovery;
import app.rapport.store.DamagedStoreException;
import app.rapport.store.PasswordNeededException;
import app.rapport.store.Store;
import app.rapport.store.StoreException;
import app.rapport.store.TableRows;
import app.rapport.ui.BackgroundTaskRunner;
import app.rapport.ui.IconFont;
import app.rapport.ui.Names;
import app.rapport.ui.StartupProblem;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.UnexpectedErrors;
import app.rapport.ui.WindowStateKeeper;
import app.rapport.ui.shell.MainWindow;
import app.rapport.ui.startup.RecoveryDialog;
import app.rapport.ui.startup.RecoveryViewModel;
import app.rapport.ui.startup.UnlockDialog;
import app.rapport.ui.startup.UnlockViewModel;

/** The composition root: opens the store, builds the services and the window with plain constructors. */
public final class RapportApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RapportApplication.class);
    private static final int BACKUP_AT_EXIT_SECONDS = 60;
    private static final int BACKUP_AFTER_START_SECONDS = 5;
    private static final int NOTIFICATION_AFTER_START_SECONDS = 3;

    /**
     * The store being opened, started by {@link #open} before launch (JavaFX gives the Application no
     * constructor arguments): opening and migrating it overlaps JavaFX's own start-up instead of following it.
     */
    private static volatile CompletableFuture<Store> opening;
    private static volatile List<Path> filesToImport = List.of();
    private static volatile Path dataFolder;

    private Store store;
    private Services services;
    private StoreException startupProblem;
    private StoreRecovery.Recovered recovered;
    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner();
    /** Null until the day's backup has been started. */
    private CompletableFuture<Void> todaysBackup;
    private boolean windowShown;
    /** Set on the FX thread as the application stops: what was put off until after start-up then stays undone. */
    private boolean stopped;

    /**
     * Opens the window on the store in {@code folder}, with the import wizard reading {@code files} when some
     * were given (a double-clicked .rapport.json); returns when the window is closed.
     */
    static void open(Path folder, List<Path> files) {
        filesToImport = List.copyOf(files);
        dataFolder = folder;
        opening = CompletableFuture.supplyAsync(() -> Store.open(folder));
        // The first page needs the rules' inputs; reading them on the other core while the window is built
        // takes the biggest read of start-up off the critical path.
        opening.thenAcceptAsync(Store::ruleInputs);
        Application.launch(RapportApplication.class);
    }

    @Override
    public void init() {
        // Runs on the launcher thread: opening and migrating the store never holds up the FX thread, which has
        // nothing to do until start() but load the icon font (docs/benchmarks.md, round 18).
        Platform.runLater(IconFont::load);
        try {
            useStore(opened());
        } catch (StoreException e) {
            LOG.warn("Store could not be opened: {}", e.getClass().getSimpleName());
            startupProblem = e;
        }
    }

    private static Store opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Start-up as a list of steps: with the store open, the window; with protected data, the unlock window first;
     * with a damaged data file (found at once, or once the password opened it), the recovery dialog first;
     * with any other problem, a dialog that says what it is, then quit.
     */
    @Override
    public void start(Stage stage) {
        UnexpectedErrors.install();
        switch (startupProblem) {
            case null -> showWindow(stage);
            case DamagedStoreException damaged -> recoverThenShowWindow(damaged, stage);
            case PasswordNeededException _ -> unlockThenShowWindow(stage);
            default -> explainAndQuit(startupProblem);
        }
    }

    private void showWindow(Stage stage) {
        MainWindow window = showMainWindow(stage);
        windowShown = true;
        noticeRecovery(stage);
        catchUpFollowUps(window);
        openFilesToImport(window);
    }

    /**
     * A damaged data file: the recovery dialog restores a backup in its place, or the user quits. Protected or
     * not, the same dialog: a protected store's backups are sealed, and the dialog asks for their password.
     */
    private void recoverThenShowWindow(DamagedStoreException damaged, Stage stage) {
        if (recoverFrom(damaged)) {
            showWindow(stage);
        } else {
            quit();
        }
    }

    private boolean recoverFrom(DamagedStoreException damaged) {
        StoreRecovery recovery = new StoreRecovery(damaged.databaseFile().getParent(), Clock.systemDefaultZone());
        recovered = new RecoveryDialog(new RecoveryViewModel(recovery, damaged, tasks)).showAndWait().orElse(null);
        if (recovered == null) {
            return false;
        }
        useStore(recovered.store());
        startupProblem = null;
        return true;
    }

    /**
     * Protected data: the unlock window asks for the password and opens the store with it off the FX thread;
     * from there on start-up goes on as for any store, a damaged one included.
     */
    private void unlockThenShowWindow(Stage stage) {
        UnlockDialog[] dialog = new UnlockDialog[1];
        UnlockViewModel model = new UnlockViewModel(dataFolder, password -> Store.open(dataFolder, password), tasks,
                opened -> {
                    useStore(opened);
                    showWindow(stage);
                    // Only now: closing the last window first would end the application.
                    dialog[0].close();
                },
                damaged -> {
                    // The recovery dialog opens over the unlock window, which closes after it for the same reason.
                    boolean restored = recoverFrom(damaged);
                    if (restored) {
                        showWindow(stage);
                    }
                    dialog[0].close();
                    if (!restored) {
                        quit();
                    }
                });
        dialog[0] = new UnlockDialog(new Stage(), model, this::quit);
        dialog[0].show();
    }

    /**
     * Ends the application, unless it is ending already: once {@link #stop()} has run, a dialog it closed on the way
     * out (the recovery's, over the unlock window) must not end the toolkit under whoever is stopping it.
     */
    private void quit() {
        if (!stopped) {
            Platform.exit();
        }
    }

    private static void explainAndQuit(StoreException problem) {
        StartupProblem.dialog(problem).showAndWait();
        Platform.exit();
    }

    private void useStore(Store opened) {
        store = opened;
        services = Services.over(store, Clock.systemDefaultZone());
    }

    private MainWindow showMainWindow(Stage stage) {
        ThemeManager theme = new ThemeManager(services.preferences());
        WindowStateKeeper windowState = new WindowStateKeeper(services.preferences());
        MainWindow window = new MainWindow(services, theme, windowState, tasks, store.dataDir());
        window.show(stage);
        return window;
    }

    private void noticeRecovery(Stage stage) {
        if (recovered != null) {
            RecoveryDialog.notice(recovered, stage).show();
        }
    }

    /**
     * Off the critical path: started once the start-up's reads are done, since a backup of tens of thousands of
     * contacts reads all of them too, for seconds, on one of two cores. It has a thread of its own, since page
     * loads wait for the changes asked before them; H2 scripts one consistent state of the data, whatever the
     * user changes meanwhile.
     */
    private void startTodaysBackup() {
        if (todaysBackup == null) {
            todaysBackup = CompletableFuture.runAsync(this::dailyBackup);
        }
    }

    private void dailyBackup() {
        try {
            // A catch-up already done today ends at once, before start-up's biggest read: the backup waits for it.
            store.ruleInputs();
            services.backups().automaticDailyBackup()
                    .ifPresent(written -> LOG.info("Automatic backup written: {}", written.getFileName()));
        } catch (RuntimeException e) {
            // A missed backup must not keep the user from their data; tomorrow's start tries again.
            LOG.warn("Automatic backup failed", e);
        }
    }

    /**
     * Meanwhile the follow-up queue catches up with today; the notification counts what is due after that. The
     * catch-up waits for the rules' inputs, the biggest read of start-up: after it, the day's backup begins.
     */
    private void catchUpFollowUps(MainWindow window) {
        tasks.run(services.followUps()::reevaluateForToday, reevaluated -> {
            // Once the first page has its data: the notification is a window of its own that fades in, and shown
            // at once its styling, layout and fade-in took the FX thread while that thread filled the first page.
            afterStart(NOTIFICATION_AFTER_START_SECONDS, window::notifyDueFollowUps);
            startTodaysBackupSoon();
        }, error -> {
            LOG.warn("Follow-ups could not be re-evaluated: {}", error.getClass().getSimpleName());
            startTodaysBackupSoon();
        });
    }

    /**
     * A few seconds on: with the rules' inputs left by the last close (docs/decisions/0013) the catch-up ends at
     * once, and the backup, seconds of reading everything, would share the two cores with the first pages.
     */
    private void startTodaysBackupSoon() {
        afterStart(BACKUP_AFTER_START_SECONDS, this::startTodaysBackup);
    }

    /** Runs {@code action} on the FX thread {@code seconds} from now, unless the application has stopped by then. */
    private void afterStart(int seconds, Runnable action) {
        CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS).execute(() -> Platform.runLater(() -> {
            if (!stopped) {
                action.run();
            }
        }));
    }

    private static void openFilesToImport(MainWindow window) {
        if (!filesToImport.isEmpty()) {
            Platform.runLater(() -> window.openImport(filesToImport));
        }
    }

    @Override
    public void stop() {
        stopped = true;
        tasks.close();
        // Closing the store under a running backup would only cost that backup, but it is the day's one; closed
        // before the start-up's reads were done, the window takes it on the way out.
        if (windowShown) {
            startTodaysBackup();
        }
        try {
            if (todaysBackup != null) {
                todaysBackup.get(BACKUP_AT_EXIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The day's backup did not finish before closing: {}", e.getClass().getSimpleName());
        }
        if (store != null) {
            store.closeLeaving(windowShown ? rowsForNextStart() : null);
        }
    }

    /**
     * The contacts table's rows, for the next start to show at once; none when they cannot be had cheaply. In
     * name order, named, which the next start takes as it is while it still orders names the same way.
     */
    private TableRows rowsForNextStart() {
        try {
            return services.contacts().summariesForNextStart()
                    .map(rows -> new TableRows(Names.sortedByName(rows.summaries(), ContactSummary::displayName,
                            rows.order()), Names.orderName())).orElse(null);
        } catch (RuntimeException e) {
            // Only the next start's speed is lost: it reads the rows from the store.
            LOG.warn("The contacts table's rows could not be kept for the next start: {}",
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
