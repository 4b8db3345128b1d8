package app.rapport.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Category;
import app.rapport.domain.VerdictKind;
import app.rapport.service.Services;
import app.rapport.ui.Stylesheets;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.WindowStateKeeper;
import app.rapport.ui.collisions.CollisionsView;
import app.rapport.ui.collisions.CollisionsViewModel;
import app.rapport.ui.contact.ContactPageView;
import app.rapport.ui.contact.ContactPageViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.followups.FollowUpsView;
import app.rapport.ui.home.HomeNavigator;
import app.rapport.ui.importer.ImportWizard;
import app.rapport.ui.importer.ImportWizardViewModel;
import app.rapport.ui.home.HomeView;
import app.rapport.ui.home.HomeViewModel;
import app.rapport.ui.followups.FollowUpsViewModel;
import app.rapport.ui.interaction.LogInteractionView;
import app.rapport.ui.interaction.LogInteractionViewModel;
import app.rapport.ui.readiness.ReadinessView;
import app.rapport.ui.readiness.ReadinessViewModel;
import app.rapport.ui.settings.BackupsViewModel;
import app.rapport.ui.settings.PasswordViewModel;
import app.rapport.ui.settings.SettingsView;
import app.rapport.ui.settings.SettingsViewModel;
import app.rapport.ui.welcome.SampleDataBanner;
import app.rapport.ui.welcome.TourDialog;
import app.rapport.ui.welcome.WelcomeView;

/**
 * The main window: a sidebar of pages, the current page (or one contact's page), and the app-wide keyboard
 * shortcuts.
 */
public final class MainWindow {

    public static final String STYLESHEET = Stylesheets.APP;
    static final String WELCOMED = "ui.welcomed";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final Services services;
    private final TaskRunner tasks;
    private final ContactsViewModel contactsModel;
    private final ContactsView contactsView;
    private final ReadinessViewModel readinessModel;
    private final CollisionsViewModel collisionsModel;
    private final FollowUpsViewModel followUpsModel;
    private final HomeViewModel homeModel;
    private final SampleDataBanner sampleBanner;
    private final ContactPageViewModel contactPageModel;
    private final ContactPageView contactPage;
    private final SettingsViewModel settingsModel;
    private final BackupsViewModel backupsModel;
    private final WindowStateKeeper windowState;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final Scene scene;
    private Page current = Page.CONTACTS;
    private boolean onContactPage;

    public MainWindow(Services services, ThemeManager theme, WindowStateKeeper windowState, TaskRunner tasks,
                      Path dataDir) {
        this.services = services;
        this.tasks = tasks;
        this.windowState = windowState;
        this.contactsModel = new ContactsViewModel(services.contacts(), tasks, services::today);
        this.contactsView = new ContactsView(contactsModel, id -> openContact(id, null), () -> openImport(List.of()),
                this::openExport);
        this.readinessModel = new ReadinessViewModel(services.readiness(), tasks);
        this.collisionsModel = new CollisionsViewModel(services.collisions(), tasks);
        this.followUpsModel = new FollowUpsViewModel(services, tasks);
        this.homeModel = new HomeViewModel(services.home(), tasks);
        this.sampleBanner = new SampleDataBanner(services.sampleData(), tasks, () -> open(Page.HOME));
        followUpsModel.setAfterChange(collisionsModel::reload);
        this.contactPageModel = new ContactPageViewModel(services, tasks);
        this.contactPage = new ContactPageView(contactPageModel, () -> open(current));
        // A change on a contact's page can add or remove a collision and open or close follow-ups.
        contactPageModel.setAfterChange(() -> {
            collisionsModel.reload();
            followUpsModel.reload();
        });
        this.settingsModel = new SettingsViewModel(theme, dataDir, services.rules(), tasks);
        this.backupsModel = new BackupsViewModel(services.backups(), tasks, this::afterRestore);

        BorderPane root = new BorderPane(content);
        root.setLeft(sidebar());
        root.getStyleClass().add("main-window");
        root.pseudoClassStateChanged(DARK, theme.darkProperty().get());
        theme.darkProperty().addListener((obs, old, dark) -> root.pseudoClassStateChanged(DARK, dark));
        scene = new Scene(root);
        Stylesheets.apply(scene);
        installShortcuts();
        open(Page.HOME);
        welcomeIfNew();
    }

    private static Node grow(Node page) {
        VBox.setVgrow(page, Priority.ALWAYS);
        return page;
    }

    /** An empty store that has never been greeted gets the welcome page instead of an empty home. */
    private void welcomeIfNew() {
        tasks.read(this, () -> services.preferences().get(WELCOMED).isEmpty() && services.contacts().isEmpty(),
                isNew -> {
                    if (isNew) {
                        content.getChildren().setAll(new WelcomeView(new Welcome()));
                    }
                }, error -> { });
    }

    /** The four ways to start; each one marks the welcome as done and then offers the short tour. */
    private final class Welcome implements WelcomeView.Choices {

        @Override
        public void importLinkedIn() {
            done();
            openImport(List.of());
            tour();
        }

        @Override
        public void importPhoneContacts() {
            importLinkedIn();
        }

        @Override
        public void exploreSampleData() {
            done();
            tasks.run(() -> {
                services.sampleData().load();
                return Boolean.TRUE;
            }, loaded -> {
                open(Page.HOME);
                tour();
            }, error -> open(Page.HOME));
        }

        @Override
        public void startEmpty() {
            done();
            open(Page.HOME);
            tour();
        }

        private void done() {
            services.preferences().put(WELCOMED, "yes");
        }

        private void tour() {
            TourDialog tour = new TourDialog();
            tour.initOwner(scene.getWindow());
            tour.showAndWait();
        }
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
        stage.setMinWidth(820);
        stage.setMinHeight(520);
        windowState.restore(stage);
        stage.setOnCloseRequest(event -> windowState.save(stage));
        stage.show();
    }

    public void open(Page page) {
        current = page;
        onContactPage = false;
        content.getChildren().setAll(pages.computeIfAbsent(page, this::createPage));
        if (page != Page.READINESS) {
            readinessModel.release();
        }
        navigation.get(page).setSelected(true);
        // Data changes on other pages; coming back always shows the store as it is now.
        switch (page) {
            case HOME -> {
                homeModel.reload();
                sampleBanner.refresh();
            }
            case CONTACTS -> contactsModel.reload();
            case READINESS -> readinessModel.reload();
            default -> { }
        }
        // The badges must follow changes made on any page (a link, a category, the worlds setting).
        collisionsModel.reload();
        followUpsModel.reload();
    }

    /** Shows one contact's page, at one platform's card when {@code platformId} is given. */
    public void openContact(long contactId, String platformId) {
        onContactPage = true;
        contactPage.focusPlatformOnShow(platformId);
        content.getChildren().setAll(contactPage);
        contactPageModel.show(contactId);
    }

    public ContactsView contactsView() {
        return contactsView;
    }

    private Node createPage(Page page) {
        Node node = switch (page) {
            case HOME -> new VBox(sampleBanner, grow(new HomeView(homeModel, new Navigator())));
            case CONTACTS -> contactsView;
            case READINESS -> new ReadinessView(readinessModel, this::openContact);
            case COLLISIONS -> new CollisionsView(collisionsModel, id -> openContact(id, null));
            case FOLLOW_UPS -> new FollowUpsView(followUpsModel, id -> openContact(id, null));
            case SETTINGS -> new SettingsView(settingsModel, backupsModel,
                    new PasswordViewModel(services.passwords(), services.backups().folder(), tasks));
        };
        StackPane.setAlignment(node, Pos.TOP_LEFT);
        return node;
    }

    /** Where the home page's cards and charts lead. */
    private final class Navigator implements HomeNavigator {

        @Override
        public void openContact(long id) {
            MainWindow.this.openContact(id, null);
        }

        @Override
        public void openContactsWithCategory(Category category) {
            open(Page.CONTACTS);
            contactsModel.showCategory(category);
        }

        @Override
        public void openReadiness(VerdictKind verdict, String platformId) {
            open(Page.READINESS);
            readinessModel.showOnly(verdict, platformId, false);
        }

        @Override
        public void openPendingRequests(String platformId) {
            open(Page.READINESS);
            readinessModel.showOnly(null, platformId, true);
        }

        @Override
        public void openFollowUps() {
            open(Page.FOLLOW_UPS);
        }

        @Override
        public void openContactsWithInteractionIn(YearMonth month) {
            open(Page.CONTACTS);
            contactsModel.showTalkedToIn(month);
        }
    }

    /** A restore replaced every contact: every page shows the store as it is now. */
    private void afterRestore() {
        collisionsModel.reload();
        followUpsModel.reload();
        contactsModel.reload();
        settingsModel.reload();
    }

    /** The import wizard, already reading {@code files} when some were dropped on the window. */
    public void openImport(List<Path> files) {
        ImportWizardViewModel model = new ImportWizardViewModel(services.imports(), tasks);
        ImportWizard wizard = new ImportWizard(scene.getWindow(), model);
        if (!files.isEmpty()) {
            model.read(files);
        }
        wizard.showAndWait();
        if (model.importedSomething()) {
            open(Page.CONTACTS);
        }
    }

    /** Asks where to save and in which format (by the file's extension), then exports off the FX thread. */
    private void openExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        chooser.setInitialFileName("rapport-" + services.today() + ".rapport.json");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Rapport archive, everything (*.rapport.json)", "*.rapport.json"),
                new FileChooser.ExtensionFilter("vCards for phones and mail apps (*.vcf)", "*.vcf"),
                new FileChooser.ExtensionFilter("Spreadsheet (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("Calendar: follow-ups and birthdays (*.ics)", "*.ics"));
        File file = chooser.showSaveDialog(scene.getWindow());
        if (file == null) {
            return;
        }
        tasks.run(() -> services.exports().export(file.toPath()), exported -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Saved " + exported.what() + " to " + exported.file()
                    + ".", ButtonType.OK);
            done.setHeaderText("Export finished");
            done.initOwner(scene.getWindow());
            done.show();
        }, error -> {
            Alert failed = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
            failed.setHeaderText("The export failed; nothing was written");
            failed.initOwner(scene.getWindow());
            failed.show();
        });
    }

    private void logInteraction() {
        if (onContactPage) {
            contactPage.logInteraction();
            return;
        }
        Long selected = current == Page.CONTACTS ? contactsView.selectedContactId() : null;
        LogInteractionView dialog = new LogInteractionView(LogInteractionViewModel.forContact(services, selected));
        dialog.initOwner(scene.getWindow());
        dialog.showAndWait().filter(LogInteractionView.SAVE::equals).ifPresent(saved -> open(current));
    }

    private Node sidebar() {
        Label brand = new Label("Rapport");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox sidebar = new VBox(4, brand);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(18, 10, 12, 10));
        sidebar.setPrefWidth(200);
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton();
            button.setGraphic(navContent(page, badgeFor(page)));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + page.name().toLowerCase().replace('_', '-'));
            String shortcut = "Ctrl+" + page.shortcutDigit();
            button.setTooltip(new Tooltip(page.label() + " (" + shortcut + ")"));
            button.setAccessibleText(page.label() + ", " + shortcut);
            button.setOnAction(event -> open(page));
            navigation.put(page, button);
            sidebar.getChildren().add(button);
        }
        // A toggle group lets the user unselect the current page; keep one always chosen.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return sidebar;
    }

    private Label badgeFor(Page page) {
        return switch (page) {
            case COLLISIONS -> badge(countBadge(collisionsModel.countProperty(), "collision", "collisions"), "collisions-badge");
            case FOLLOW_UPS -> badge(countBadge(followUpsModel.dueCountProperty(), "follow-up due",
                    "follow-ups due"),
                    "follow-ups-badge");
            default -> null;
        };
    }

    private static Label badge(Label badge, String id) {
        badge.setId(id);
        return badge;
    }

    /**
     * One quiet desktop notification at start when something is due; clicking it opens the follow-ups. It counts
     * the queue as it is once this call's reload lands, after any re-evaluation queued before it.
     */
    public void notifyDueFollowUps() {
        followUpsModel.reloadThen(this::notifyNow);
    }

    private void notifyNow() {
        int due = followUpsModel.dueCountProperty().get();
        if (due > 0) {
            DueNotification.show(scene.getWindow(), due, () -> open(Page.FOLLOW_UPS));
        }
    }

    private static Node navContent(Page page, Label badge) {
        Label label = new Label(page.label(), FontIcon.of(page.icon(), 16));
        label.setGraphicTextGap(10);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(label, spacer);
        if (badge != null) {
            box.getChildren().add(badge);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A number in the sidebar; hidden at zero, and its meaning is in its accessible text and tooltip. */
    private static Label countBadge(ReadOnlyIntegerProperty count, String one, String many) {
        Label badge = new Label();
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(count.asString());
        badge.visibleProperty().bind(count.greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        count.addListener((obs, old, now) -> {
            String text = now.intValue() + " " + (now.intValue() == 1 ? one : many);
            badge.setAccessibleText(text);
            badge.setTooltip(new Tooltip(text));
        });
        return badge;
    }

    private void installShortcuts() {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            open(Page.CONTACTS);
            contactsView.newContact();
        });
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            open(Page.CONTACTS);
            contactsView.focusSearch();
        });
        accelerators.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::logInteraction);
        accelerators.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> openImport(List.of()));
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
        accelerators.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (onContactPage) {
                contactPageModel.undoDelete();
            } else if (current == Page.SETTINGS) {
                backupsModel.undoRestore();
            } else {
                contactsModel.undo();
            }
        });
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(page.shortcutDigit()));
            accelerators.put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> open(page));
        }
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && onContactPage) {
                open(current);
                event.consume();
            }
        });
    }
}
