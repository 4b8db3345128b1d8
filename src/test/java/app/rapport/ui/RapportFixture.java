package app.rapport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Relationship;
import app.rapport.service.ContactService;
import app.rapport.service.PreferenceService;
import app.rapport.service.RulesService;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.shell.MainWindow;

/**
 * The real window on a real store in a temporary folder, wired like the application class wires it, but with
 * a fixed date and a same-thread task runner so a test sees the result of each action at once.
 *
 * <p>As a JUnit extension it does a UI test's whole set-up: register it after TestFX's
 * {@code ApplicationExtension} (which provides the stage and the robot) as
 * <pre>{@code @RegisterExtension final RapportFixture app = RapportFixture.window();}</pre>
 * and before each test it makes a scratch folder, opens a store in its {@code data} folder and shows the main
 * window in TestFX's stage; after each test it closes the store and deletes the folder. {@link #storeOnly()}
 * does the same without the window, for tests that show one view with {@link #showAlone}.
 */
public final class RapportFixture implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final boolean showWindow;
    private boolean sampleContacts;
    private Runnable beforeOpening = () -> { };
    private Runnable afterClosing = () -> { };
    private Path scratch;

    public Store store;
    public Services services;
    public ContactService contacts;
    public RulesService rules;
    public PreferenceService preferences;
    public ThemeManager theme;
    public MainWindow window;
    public Stage stage;

    /** A store in {@code dataDir} that the caller closes; for tests that prepare a data folder by hand. */
    public RapportFixture(Path dataDir) {
        this(false);
        open(dataDir);
    }

    private RapportFixture(boolean showWindow) {
        this.showWindow = showWindow;
    }

    /** Before each test: a fresh store and the main window on it in TestFX's stage. */
    public static RapportFixture window() {
        return new RapportFixture(true);
    }

    /** Before each test: a fresh store and its services, with TestFX's stage left for the test to fill. */
    public static RapportFixture storeOnly() {
        return new RapportFixture(false);
    }

    /** The sample address book is in the store before the window first loads it. */
    public RapportFixture withSampleContacts() {
        sampleContacts = true;
        return this;
    }

    /** Runs just before the store opens and just after it closes, for tests that swap what lies beneath it. */
    public RapportFixture around(Runnable beforeOpening, Runnable afterClosing) {
        this.beforeOpening = beforeOpening;
        this.afterClosing = afterClosing;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        scratch = Files.createTempDirectory("rapport-test-");
        stage = FxToolkit.registerPrimaryStage();
        // The theme reads the system's colour scheme, which only the FX thread may; the window is built there too.
        FxToolkit.setupFixture(() -> {
            beforeOpening.run();
            open(scratch.resolve("data"));
            if (sampleContacts) {
                addSampleContacts();
            }
            if (showWindow) {
                show(stage);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            close();
            afterClosing.run();
        } finally {
            deleteRecursively(scratch);
        }
    }

    private void open(Path dataDir) {
        store = Store.open(dataDir);
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        services = Services.over(store, clock);
        contacts = services.contacts();
        rules = services.rules();
        preferences = services.preferences();
        theme = new ThemeManager(preferences);
    }

    public MainWindow show(Stage stage) {
        this.stage = stage;
        window = new MainWindow(services, theme, new WindowStateKeeper(preferences), TaskRunner.sameThread(),
                store.dataDir());
        window.show(stage);
        store.checkAccess(RapportFixture::refuseFxThreadUse);
        return window;
    }

    /**
     * A view or view model must reach the store only through the task runner: on the FX thread, a use of it
     * would freeze the window behind a long restore. Reading the window's bounds and theme when it opens and
     * saving them when it closes are the start and the end, when nothing else runs; a test's own set-up and checks
     * may read the store anywhere.
     */
    static void refuseFxThreadUse() {
        if (!Platform.isFxApplicationThread() || TaskRunner.doingTaskWork()) {
            return;
        }
        // The innermost class of the app's UI in the call is the one that asked for the store.
        StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith("app.rapport.ui.")).findFirst())
                .filter(caller -> !caller.endsWith("Test") && !caller.contains("Test$")
                        && !caller.startsWith(RapportFixture.class.getName())
                        && !caller.equals(WindowStateKeeper.class.getName())
                        && !caller.equals(ThemeManager.class.getName()))
                .ifPresent(caller -> {
                    throw new IllegalStateException(caller + " used the store on the FX thread, outside the task "
                            + "runner");
                });
    }

    /** Shows one view on its own in TestFX's stage, styled as in the window. */
    public void showAlone(Supplier<Parent> view, double width, double height) throws TimeoutException {
        FxToolkit.setupStage(shown -> {
            Application.setUserAgentStylesheet(ThemeManager.stylesheet(false));
            Scene scene = new Scene(view.get(), width, height);
            Stylesheets.apply(scene);
            // TestFX shares one stage between test classes, and the main window sets a minimum size on it.
            shown.setMinWidth(0);
            shown.setMinHeight(0);
            shown.setScene(scene);
            shown.sizeToScene();
            shown.show();
        });
    }

    public Path dataDir() {
        return store.dataDir();
    }

    /** A folder beside the data folder for a test's own files (exports, backups, files to import). */
    public Path scratch() {
        return scratch;
    }

    @Override
    public void close() {
        store.close();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public Contact add(String name, String organization, String role, Category category, Relationship relationship,
                       List<String> tags, String notes) {
        return contacts.save(Contact.builder().displayName(name).organization(organization).role(role)
                .category(category).relationship(relationship).tags(tags).notes(notes).build());
    }

    /** A small, realistic address book for screenshots and search tests. */
    public void addSampleContacts() {
        add("Ada Lovelace", "Analytical Engines", "Engineer", Category.PROFESSIONAL, Relationship.CLIENT,
                List.of("conference-2026"), "Met at the regional meetup; wants a demo in January");
        add("Grace Hopper", "US Navy", "Rear Admiral", Category.PROFESSIONAL, Relationship.MANAGER,
                List.of("cobol"), "Found the first bug");
        add("Alan Turing", "Bletchley Park", "Cryptanalyst", Category.BOTH, Relationship.COLLEAGUE,
                List.of("math", "running"), "Runs marathons");
        add("Margaret Hamilton", "MIT", "Software lead", Category.PROFESSIONAL, Relationship.NETWORKING_CONTACT,
                List.of("conference-2026"), "");
        add("Katherine Johnson", "NASA", "Mathematician", Category.UNDECIDED, Relationship.ACQUAINTANCE,
                List.of(), "Sent a Facebook request after the talk");
        add("Tim Berners-Lee", "CERN", "Physicist", Category.PROFESSIONAL, Relationship.RECRUITER,
                List.of("hiring"), "");
        add("Sam Okafor", "", "", Category.PERSONAL, Relationship.FRIEND, List.of("hiking"), "Birthday party in May");
        add("Lena M\u00fcller", "", "", Category.PERSONAL, Relationship.FAMILY, List.of(), "Cousin");
        add("Jos\u00e9 P\u00e9rez", "ACME Corp", "Head of Sales", Category.PROFESSIONAL, Relationship.PROSPECT,
                List.of("golf"), "Prefers calls after 4pm");
        add("Priya Raman", "Brightside Dental", "Dentist", Category.UNDECIDED, Relationship.SERVICE_PROVIDER,
                List.of(), "");
    }
}
