package app.rapport.ui.contacts;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Category;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.Relationship;
import app.rapport.ui.Controls;
import app.rapport.ui.DialogService;
import app.rapport.ui.FillOrScroll;
import app.rapport.ui.Names;
import app.rapport.ui.Navigator;
import app.rapport.ui.PageContext;
import app.rapport.ui.ProblemBanner;
import app.rapport.ui.ShellPage;
import app.rapport.ui.WorkProgressDialog;

/** The contacts page: search, filters, the table, and the archive/undo bar. */
public final class ContactsView extends BorderPane implements ShellPage {

    private final ContactsViewModel model;
    private final ExportViewModel export;
    private final Navigator navigator;
    private final DialogService dialogs;
    private final CustomTextField search = new CustomTextField();
    private final TableView<ContactRow> table = new TableView<>();
    private final Label emptyMessage = new Label();

    public ContactsView(ContactsViewModel model, ExportViewModel export, Navigator navigator,
                        DialogService dialogs) {
        this.model = model;
        this.export = export;
        this.navigator = navigator;
        this.dialogs = dialogs;
        getStyleClass().add("contacts-page");
        setTop(new VBox(12, header(), ProblemBanner.of(model.problemProperty(), model::dismissProblem,
                "contacts-problem"), filterBar(), selectionActions()));
        setCenter(buildTable());
        setBottom(undoBar());
        BorderPane.setMargin(getCenter(), new Insets(12, 0, 0, 0));
        setPadding(new Insets(20, 24, 16, 24));
        model.formRequestProperty().addListener((obs, old, form) -> {
            if (form != null) {
                dialogs.showAndWait(new ContactFormView(form));
                model.formClosed(form);
            }
        });
    }

    /** The contacts page with its model, as the window opens it. */
    public static ContactsView page(PageContext c) {
        return new ContactsView(new ContactsViewModel(c.services(), c.tasks(), c.dialogs(), c.changes()),
                new ExportViewModel(c.services(), c.tasks(), c.dialogs()), c.navigator(), c.dialogs());
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void shown() {
        model.shown();
    }

    /** The search, where typing finds someone and Down goes into the table. */
    @Override
    public boolean takeFocus() {
        search.requestFocus();
        return true;
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public OptionalLong contactInFocus() {
        return ContactsViewModel.contactInFocus(table.getSelectionModel().getSelectedItem());
    }

    /** Opens the form for a new contact, then shows it selected in the table. */
    public void newContact() {
        model.newContact();
    }

    /** Shows only contacts of this category (a click on the home page's chart). */
    public void showCategory(Category category) {
        model.showCategory(category);
    }

    /** Shows only whom the user talked to in that month (a bar of the home page's chart). */
    public void showTalkedToIn(YearMonth month) {
        model.showTalkedToIn(month);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node header() {
        Label title = new Label("Contacts");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countTextProperty());
        count.setId("contact-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New contact", FontIcon.of(Feather.USER_PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Add a contact (Ctrl+N)"));
        add.setOnAction(event -> newContact());
        add.setId("new-contact");
        Button importButton = new Button("Import\u2026", FontIcon.of(Feather.DOWNLOAD));
        importButton.setTooltip(new Tooltip("Import LinkedIn or Google contacts (Ctrl+O), or drop files on the window"));
        importButton.setId("import-contacts");
        importButton.setOnAction(event -> navigator.openImport(List.of()));
        Button exportButton = new Button("Export\u2026", FontIcon.of(Feather.UPLOAD));
        exportButton.setTooltip(new Tooltip("Save everything as a Rapport archive, vCards, a spreadsheet or a calendar"));
        exportButton.setId("export-contacts");
        exportButton.setOnAction(event -> export.export());
        export.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                dialogs.show(new WorkProgressDialog("Exporting to " + export.exporting().getFileName(),
                        export.watch(), export.runningProperty(), export::cancel));
            }
        });
        HBox header = new HBox(12, title, count, spacer, importButton, exportButton, add);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private Node filterBar() {
        search.setLeft(FontIcon.of(Feather.SEARCH));
        Button clear = Controls.iconButton(Feather.X, "Clear the search (Esc)", "clear-search");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.setPromptText("Search contacts (Ctrl+F)");
        search.setTooltip(new Tooltip("Finds every word you type in names, organizations, roles, tags and notes"));
        search.setAccessibleText("Search contacts");
        search.setId("contact-search");
        search.textProperty().bindBidirectional(model.filter().searchTextProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<Category> category = Controls.filterChoice("All categories", List.of(Category.values()), Category::label);
        category.valueProperty().bindBidirectional(model.filter().categoryProperty());
        category.setAccessibleText("Filter by category");
        category.setId("category-filter");
        ComboBox<Relationship> relationship = Controls.filterChoice("All relationships",
                List.of(Relationship.values()), Relationship::label);
        relationship.valueProperty().bindBidirectional(model.filter().relationshipProperty());
        relationship.setAccessibleText("Filter by relationship");
        relationship.setId("relationship-filter");

        ToggleButton archived = new ToggleButton("Archived", FontIcon.of(Feather.ARCHIVE));
        archived.selectedProperty().bindBidirectional(model.filter().archivedProperty());
        archived.setTooltip(new Tooltip("Show archived contacts, to restore them"));
        archived.setId("show-archived");

        Button restriction = new Button(null, FontIcon.of(Feather.X));
        restriction.textProperty().bind(model.filter().restrictionProperty());
        restriction.setContentDisplay(ContentDisplay.RIGHT);
        restriction.getStyleClass().add(Styles.SMALL);
        restriction.setTooltip(new Tooltip("Show everyone again"));
        restriction.setId("contact-restriction");
        restriction.setOnAction(event -> model.filter().clearRestriction());
        restriction.visibleProperty().bind(model.filter().restrictionProperty().isNotEmpty());
        restriction.managedProperty().bind(restriction.visibleProperty());

        HBox bar = new HBox(8, search, restriction, category, relationship, archived);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** What acts on the selected rows: edit, change many at once, merge two, archive or restore. */
    private Node selectionActions() {
        Button edit = Controls.iconButton(Feather.EDIT_2, "Edit the selected contact's details", "edit-contact");
        edit.setOnAction(event -> editSelected());
        Button archive = Controls.iconButton(Feather.ARCHIVE, "Archive the selected contact (Delete)", "archive-contact");
        archive.setOnAction(event -> archiveSelected());
        archive.visibleProperty().bind(model.filter().archivedProperty().not());
        archive.managedProperty().bind(archive.visibleProperty());
        Button restore = new Button("Restore", FontIcon.of(Feather.ROTATE_CCW));
        restore.setTooltip(new Tooltip("Bring the selected contact back from the archive"));
        restore.setOnAction(event -> restoreSelected());
        restore.visibleProperty().bind(model.filter().archivedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setId("restore-contact");
        Button merge = Controls.iconButton(Feather.GIT_MERGE, "Merge the two selected contacts into one",
                "merge-contacts");
        merge.setOnAction(event -> model.merge(List.copyOf(table.getSelectionModel().getSelectedItems())));
        merge.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(nothingSelected);
        archive.disableProperty().bind(nothingSelected);
        restore.disableProperty().bind(nothingSelected);

        MenuButton change = changeSelectedMenu();
        change.disableProperty().bind(nothingSelected);
        Label with = new Label("Selected contacts:");
        with.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(6, with, edit, change, merge, archive, restore);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    /** Changes to every selected contact at once: Shift/Ctrl-click or Ctrl+A, then one of these. */
    private MenuButton changeSelectedMenu() {
        Menu setCategory = new Menu("Set category");
        for (Category value : Category.values()) {
            setCategory.getItems().add(item(value.label(), new ContactEdit.SetCategory(value, null)));
        }
        Menu setRelationship = new Menu("Set relationship");
        for (Relationship value : Relationship.values()) {
            setRelationship.getItems().add(item(value.label(), new ContactEdit.SetRelationship(value)));
        }
        Menu cadence = new Menu("Keep in touch");
        for (int weeks : new int[] {2, 4, 6, 12, 26, 52}) {
            cadence.getItems().add(item("Every " + weeks + " weeks", new ContactEdit.SetCadence(weeks)));
        }
        cadence.getItems().add(item("No reminder", new ContactEdit.SetCadence(null)));
        MenuItem addTag = new MenuItem("Add a tag\u2026");
        addTag.setOnAction(event -> model.tagSelected(selected(), true));
        MenuItem removeTag = new MenuItem("Remove a tag\u2026");
        removeTag.setOnAction(event -> model.tagSelected(selected(), false));
        MenuButton change = new MenuButton("Change selected", FontIcon.of(Feather.LAYERS), setCategory,
                setRelationship, cadence, addTag, removeTag, item("Archive", new ContactEdit.Archive()));
        change.setId("change-selected");
        change.setTooltip(new Tooltip("Change every selected contact at once (select several with Shift or Ctrl, "
                + "or all with Ctrl+A); one Undo takes it back"));
        change.setMinWidth(Region.USE_PREF_SIZE);
        return change;
    }

    private MenuItem item(String text, ContactEdit edit) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> model.editSelected(selected(), edit));
        return item;
    }

    private List<ContactRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private Node buildTable() {
        table.setId("contacts-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText("Contacts");

        List<TableColumn<ContactRow, ?>> columns = ContactColumns.all();
        table.getColumns().setAll(columns);
        FillOrScroll.install(table);

        table.setItems(model.visibleRows());
        table.setSortPolicy(view -> {
            model.sortBy(Names.beyondNameOrder(view));
            return true;
        });
        table.getSortOrder().add(columns.getFirst());

        emptyMessage.getStyleClass().add(Styles.TEXT_MUTED);
        emptyMessage.setWrapText(true);
        emptyMessage.textProperty().bind(model.emptyText());
        table.setPlaceholder(emptyMessage);
        model.selectionRequestProperty().addListener((obs, old, id) -> selectById(id));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContactRow>) change ->
                model.selectionChanged(table.getSelectionModel().getSelectedItems().stream().map(ContactRow::id)
                        .toList()));
        model.keepSelectedProperty().addListener((obs, old, ids) -> selectAgain(ids));

        table.setRowFactory(view -> {
            TableRow<ContactRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openContact(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            ContactRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                navigator.openContact(selected.id());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && !model.filter().archivedProperty().get()) {
                archiveSelected();
                event.consume();
            }
        });
        return table;
    }

    private Node undoBar() {
        Label message = new Label();
        message.setId("undo-message");
        Button undo = new Button("Undo", FontIcon.of(Feather.ROTATE_CCW));
        undo.setId("undo-archive");
        undo.setOnAction(event -> model.undo());
        Button dismiss = Controls.iconButton(Feather.X, "Hide this message", "dismiss-undo");
        dismiss.setOnAction(event -> model.forgetUndo());
        FontIcon icon = FontIcon.of(Feather.ARCHIVE);
        HBox bar = new HBox(12, icon, message, undo, dismiss);
        bar.getStyleClass().add("undo-bar");
        bar.setId("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        message.textProperty().bind(model.undoMessage());
        Runnable show = () -> {
            ContactsUndo.Offer offer = model.undoOfferProperty().get();
            undo.setTooltip(new Tooltip(switch (offer) {
                case ContactsUndo.Edited edited -> "Put every changed contact back as it was (Ctrl+Z)";
                case ContactsUndo.Merged merged -> "Make them two contacts again, as they were (Ctrl+Z)";
                case null, default -> "Bring the contact back (Ctrl+Z)";
            }));
            icon.setIconCode(offer instanceof ContactsUndo.Edited ? Feather.LAYERS
                    : offer instanceof ContactsUndo.Merged ? Feather.GIT_MERGE : Feather.ARCHIVE);
        };
        model.undoOfferProperty().addListener((obs, old, now) -> show.run());
        show.run();
        bar.visibleProperty().bind(model.undoMessage().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        BorderPane.setMargin(bar, new Insets(12, 0, 0, 0));
        return bar;
    }

    /** The changed rows are in: the user's selection as it was, if any of it is still in the table. */
    private void selectAgain(List<Long> ids) {
        if (ids != null) {
            selectOnly(ids);
        }
    }

    /** The one row asked for (just saved, or the one that takes an archived row's place), in view. */
    private void selectById(Long id) {
        if (id != null && selectOnly(List.of(id))) {
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
            table.requestFocus();
        }
    }

    /**
     * Exactly these rows, when the table holds any of them: not also the ones the table chose for itself while
     * rows came and went (it moves a removed row's selection to the row above it).
     */
    private boolean selectOnly(List<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<ContactRow> rows = table.getItems();
        int[] indices = IntStream.range(0, rows.size()).filter(i -> wanted.contains(rows.get(i).id())).toArray();
        if (indices.length == 0) {
            return false;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
        return true;
    }

    private void editSelected() {
        ContactRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.edit(selected);
        }
    }

    private void archiveSelected() {
        ContactRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.archive(selected);
        }
    }

    private void restoreSelected() {
        ContactRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.restore(selected.id());
        }
    }
}
