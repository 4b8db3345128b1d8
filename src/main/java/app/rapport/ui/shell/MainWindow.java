package app.rapport.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.service.ContactService;
import app.rapport.service.RulesService;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.ThemeManager;
import app.rapport.ui.WindowStateKeeper;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.contacts.ContactsViewModel;
import app.rapport.ui.settings.SettingsView;
import app.rapport.ui.settings.SettingsViewModel;

/** The main window: a sidebar of pages, the current page, and the app-wide keyboard shortcuts. */
public final class MainWindow {

    public static final String STYLESHEET = "/app/rapport/ui/app.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ContactsViewModel contactsModel;
    private final ContactsView contactsView;
    private final SettingsViewModel settingsModel;
    private final ThemeManager theme;
    private final WindowStateKeeper windowState;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final Scene scene;

    public MainWindow(ContactService contacts, RulesService rules, ThemeManager theme, WindowStateKeeper windowState,
                      TaskRunner tasks, Path dataDir) {
        this.theme = theme;
        this.windowState = windowState;
        this.contactsModel = new ContactsViewModel(contacts, tasks);
        this.contactsView = new ContactsView(contactsModel);
        this.settingsModel = new SettingsViewModel(theme, dataDir, rules, tasks);

        BorderPane root = new BorderPane(content);
        root.setLeft(sidebar());
        root.getStyleClass().add("main-window");
        root.pseudoClassStateChanged(DARK, theme.darkProperty().get());
        theme.darkProperty().addListener((obs, old, dark) -> root.pseudoClassStateChanged(DARK, dark));
        scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        installShortcuts();
        open(Page.CONTACTS);
    }

    public Scene scene() {
        return scene;
    }

    public void show(Stage stage) {
        stage.setTitle("Rapport");
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(520);
        windowState.restore(stage);
        stage.setOnCloseRequest(event -> windowState.save(stage));
        stage.show();
    }

    public void open(Page page) {
        content.getChildren().setAll(pages.computeIfAbsent(page, this::createPage));
        navigation.get(page).setSelected(true);
        if (page == Page.CONTACTS) {
            // Other pages (and later imports) change contacts; coming back always shows the store as it is.
            contactsModel.reload();
        }
    }

    public ContactsView contactsView() {
        return contactsView;
    }

    private Node createPage(Page page) {
        Node node = switch (page) {
            case CONTACTS -> contactsView;
            case SETTINGS -> new SettingsView(settingsModel);
            default -> new ComingSoonView(page);
        };
        StackPane.setAlignment(node, Pos.TOP_LEFT);
        return node;
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
            ToggleButton button = new ToggleButton(page.label(), FontIcon.of(page.icon(), 16));
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
        accelerators.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), contactsModel::undoArchive);
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(page.shortcutDigit()));
            accelerators.put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> open(page));
        }
    }
}
