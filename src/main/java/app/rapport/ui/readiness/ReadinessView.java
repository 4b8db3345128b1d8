package app.rapport.ui.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Platform;
import app.rapport.domain.VerdictKind;
import app.rapport.service.ReadinessRow;
import app.rapport.ui.Controls;
import app.rapport.ui.FillOrScroll;
import app.rapport.ui.Names;
import app.rapport.ui.Navigator;
import app.rapport.ui.PageContext;
import app.rapport.ui.ShellPage;

/** The readiness page: one row per contact, one column per platform, each cell an icon and a word. */
public final class ReadinessView extends BorderPane implements ShellPage {

    private final ReadinessViewModel model;
    private final Navigator navigator;
    private final TableView<ReadinessRow> table = new TableView<>();
    /** Where the user was when the page was hidden, until its rows are read again. */
    private MatrixPlace returnTo;

    public ReadinessView(ReadinessViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        getStyleClass().add("readiness-page");
        setPadding(new Insets(20, 24, 16, 24));
        setTop(new VBox(12, header(), filterBar()));
        setCenter(buildTable());
        BorderPane.setMargin(getCenter(), new Insets(12, 0, 0, 0));
        model.platformsProperty().addListener((obs, old, platforms) -> buildColumns(platforms));
    }

    /** The readiness page with its model, as the window opens it. */
    public static ReadinessView page(PageContext c) {
        return new ReadinessView(new ReadinessViewModel(c.services().readiness(), c.tasks(), c.changes()),
                c.navigator());
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void hidden() {
        returnTo = MatrixPlace.of(table).orElse(null);
        model.hidden();
    }

    /** Shows only this verdict on this platform, or pending requests there; null for either means "all". */
    public void showOnly(VerdictKind verdict, String platformId, boolean pendingRequests) {
        // Other rows are asked for: they start at the top, not where the user last was.
        returnTo = null;
        model.showOnly(verdict, platformId, pendingRequests);
    }

    private Node header() {
        Label title = new Label("Readiness");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countTextProperty());
        count.setId("readiness-count");
        Label hint = new Label("Connect now, later or never? Click a cell (or press Enter) for the reasons and what to do next.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox titleRow = new HBox(12, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(4, titleRow, hint);
    }

    private Node filterBar() {
        ComboBox<VerdictKind> verdict = Controls.filterChoice("All verdicts", List.of(VerdictKind.values()), VerdictKind::label);
        verdict.valueProperty().bindBidirectional(model.verdictFilterProperty());
        verdict.setAccessibleText("Filter by verdict");
        verdict.setId("verdict-filter");
        verdict.setPrefWidth(250);
        ComboBox<Platform> platform = Controls.filterChoice("All platforms", List.of(), Platform::name);
        model.platformsProperty().addListener((obs, old, platforms) -> {
            Platform chosen = model.platformFilterProperty().get();
            List<Platform> items = new ArrayList<>();
            items.add(null);
            items.addAll(platforms);
            platform.getItems().setAll(items);
            platform.setValue(chosen);
        });
        platform.valueProperty().bindBidirectional(model.platformFilterProperty());
        platform.setAccessibleText("Filter by platform");
        platform.setId("platform-filter");
        ToggleButton pending = new ToggleButton("Pending requests", FontIcon.of(Feather.INBOX));
        pending.selectedProperty().bindBidirectional(model.pendingOnlyProperty());
        pending.setTooltip(new Tooltip("Only contacts whose request to you is waiting for an answer"));
        pending.setId("pending-filter");
        HBox bar = new HBox(8, verdict, platform, pending);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node buildTable() {
        table.setId("readiness-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        FillOrScroll.install(table);
        table.setMinWidth(0);
        table.setAccessibleText("Readiness of every contact on every platform");
        // The rows come in name order, the table's first column: they are sorted only for another order.
        SortedList<ReadinessRow> sorted = new SortedList<>(model.visibleRows());
        table.setItems(sorted);
        sorted.addListener((ListChangeListener<ReadinessRow>) change -> returnToPlace());
        table.setSortPolicy(view -> {
            sorted.setComparator(Names.beyondNameOrder(view));
            return true;
        });
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.loadingProperty()).then("Working out every verdict\u2026")
                .otherwise("No contact matches these filters. Add contacts, or choose another verdict."));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        // Tabbed into with no cell chosen, the keyboard is on the first row but nothing showed it: the first cell is
        // chosen, and so framed, and Enter opens it.
        table.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0, table.getColumns().getFirst());
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openFocusedCell();
                event.consume();
            }
        });
        return table;
    }

    private void buildColumns(List<Platform> platforms) {
        List<TableColumn<ReadinessRow, ?>> columns = new ArrayList<>();
        TableColumn<ReadinessRow, String> name = column("Name", row -> row.contact().displayName());
        name.setComparator(Names.order());
        name.setPrefWidth(200);
        name.setMinWidth(140);
        columns.add(name);
        for (Platform platform : platforms) {
            TableColumn<ReadinessRow, VerdictKind> column = column(platform.name(), row -> row.kind(platform.id()));
            column.setUserData(platform.id());
            column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
            column.setCellFactory(col -> verdictCell(platform));
            column.setPrefWidth(150);
            // Wide enough for the longest verdict and its icon: the table scrolls sideways rather than cut them.
            column.setMinWidth(140);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.getSortOrder().setAll(List.of(name));
    }

    private TableCell<ReadinessRow, VerdictKind> verdictCell(Platform platform) {
        VerdictCell cell = new VerdictCell(platform);
        cell.setOnMouseClicked(event -> {
            if (!cell.isEmpty() && cell.getTableRow() != null && cell.getTableRow().getItem() != null) {
                navigator.openContact(cell.getTableRow().getItem().contact().id(), platform.id());
            }
        });
        return cell;
    }

    private void returnToPlace() {
        if (returnTo != null && !table.getItems().isEmpty()) {
            returnTo.restore(table);
            returnTo = null;
        }
    }

    private void openFocusedCell() {
        TablePosition<ReadinessRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= table.getItems().size()) {
            return;
        }
        ReadinessRow row = table.getItems().get(focused.getRow());
        Object platformId = focused.getTableColumn() == null ? null : focused.getTableColumn().getUserData();
        navigator.openContact(row.contact().id(), platformId == null ? null : platformId.toString());
    }

    private static <T> TableColumn<ReadinessRow, T> column(String title, Function<ReadinessRow, T> value) {
        TableColumn<ReadinessRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
