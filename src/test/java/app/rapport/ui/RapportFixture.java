package app.rapport.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.application.Platform;
import javafx.stage.Stage;

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
 */
public final class RapportFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final Store store;
    public final Services services;
    public final ContactService contacts;
    public final RulesService rules;
    public final PreferenceService preferences;
    public final ThemeManager theme;
    public MainWindow window;

    public RapportFixture(Path dataDir) {
        store = Store.open(dataDir);
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        services = Services.over(store, clock);
        contacts = services.contacts();
        rules = services.rules();
        preferences = services.preferences();
        theme = new ThemeManager(preferences);
    }

    public MainWindow show(Stage stage) {
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

    @Override
    public void close() {
        store.close();
    }

    public Contact add(String name, String organization, String role, Category category, Relationship relationship,
                       List<String> tags, String notes) {
        return contacts.save(new Contact(null, name, "", "", organization, role, category, relationship, List.of(),
                List.of(), tags, notes, "", null, null, "", "", null, null, false));
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
