package app.rapport.ui.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;
import app.rapport.service.SampleDataService;
import app.rapport.ui.CellTooltip;
import app.rapport.ui.Names;

/** The contacts table's columns, the name first, and how each shows its value. */
final class ContactColumns {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ContactColumns() {
    }

    static List<TableColumn<ContactRow, ?>> all() {
        TableColumn<ContactRow, String> name = column("Name", 180, 120, ContactSummary::displayName);
        name.setComparator(Names.order());
        name.setCellFactory(col -> textCell());
        TableColumn<ContactRow, String> organization = column("Organization", 140, 80, ContactSummary::organization);
        organization.setComparator(Names.order());
        organization.setCellFactory(col -> textCell());
        TableColumn<ContactRow, String> role = column("Role", 120, 60, ContactSummary::role);
        role.setCellFactory(col -> textCell());
        TableColumn<ContactRow, Category> category = column("Category", 110, 108, ContactSummary::category);
        category.setCellFactory(col -> labelCell(Category::label));
        TableColumn<ContactRow, Relationship> relationship = column("Relationship", 150, 120,
                ContactSummary::relationship);
        relationship.setCellFactory(col -> labelCell(Relationship::label));
        TableColumn<ContactRow, String> tags = column("Tags", 110, 50, s -> String.join(", ",
                s.tags().stream().filter(tag -> !tag.equals(SampleDataService.TAG)).toList()));
        tags.setCellFactory(col -> textCell());
        TableColumn<ContactRow, LocalDate> last = column("Last interaction", 145, 145, ContactSummary::lastInteraction);
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        last.setCellFactory(col -> lastInteractionCell());
        TableColumn<ContactRow, Long> quiet = new TableColumn<>("Quiet for");
        quiet.setPrefWidth(120);
        quiet.setMinWidth(90);
        fit(quiet, quiet.getText(), HEADER_ROOM);
        quiet.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().quiet().days()));
        quiet.setCellFactory(col -> quietCell());
        return List.of(name, organization, role, category, relationship, tags, last, quiet);
    }

    private static <T> TableColumn<ContactRow, T> column(String title, double width, double minWidth,
                                                         Function<ContactSummary, T> value) {
        TableColumn<ContactRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        fit(column, title, HEADER_ROOM);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().summary())));
        return column;
    }

    /**
     * Widens a column to its header and to each value a cell shows (up to {@link #WIDEST}), so the table scrolls
     * sideways rather than cutting a word; a longer value shows whole in its cell's tooltip.
     */
    private static void fit(TableColumn<ContactRow, ?> column, String text, double room) {
        // No character is wider than the font's size: a text that fits even so needs no measuring.
        if (column != null && text != null && text.length() * MEASURE.getSize() + room > column.getMinWidth()) {
            double needed = Math.min(WIDEST, Math.ceil(textWidth(text) + room));
            if (needed > column.getMinWidth()) {
                column.setMinWidth(needed);
                column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
            }
            // A table is as wide as its columns' minimums unless told otherwise; it is to scroll them instead.
            if (column.getTableView() != null) {
                column.getTableView().setMinWidth(0);
            }
        }
    }

    private static final double WIDEST = 260;
    private static final double CELL_ROOM = 28;
    private static final double HEADER_ROOM = 36;
    private static final Font MEASURE = Font.font(Font.getDefault().getFamily(), 15);

    // One text node for every measurement, on the FX thread: cells measure what they show each time they are
    // given a row, and a new node each time was 13 MB of garbage while the window filled its first table.
    private static final Text MEASURING = measuring();

    private static Text measuring() {
        Text text = new Text();
        text.setFont(MEASURE);
        return text;
    }

    private static double textWidth(String text) {
        MEASURING.setText(text);
        return MEASURING.getLayoutBounds().getWidth();
    }

    /** A cell that shows its whole text in a tooltip, for the rare value wider than its column may grow. */
    private static <T> TableCell<ContactRow, T> textCell() {
        return new TableCell<>() {
            // One per cell, worded as the cell shows other rows: building one per cell per keystroke of a search
            // was a fifth of the keystroke.
            private final CellTooltip whole = new CellTooltip(this, this::getText);

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                whole.want(text != null && !text.isBlank());
                fit(getTableColumn(), text, CELL_ROOM);
            }
        };
    }

    private static <T> TableCell<ContactRow, T> labelCell(Function<T, String> label) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
                fit(getTableColumn(), getText(), CELL_ROOM);
            }
        };
    }

    /** Days since they last talked and what they count from, with the keep-in-touch mark in words. */
    private static TableCell<ContactRow, Long> quietCell() {
        return new TableCell<>() {
            // Worded as it shows, from the row shown then: the table's rows keep no sentences.
            private final CellTooltip sentence = new CellTooltip(this, () -> getTableRow() == null
                    || getTableRow().getItem() == null ? "" : getTableRow().getItem().quiet().sentence());

            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
                ContactRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                sentence.want(row != null);
                if (row == null) {
                    setText(null);
                    return;
                }
                setText(row.quiet().text());
                fit(getTableColumn(), getText(), CELL_ROOM);
                switch (row.quiet().mark()) {
                    case PAST_IDEAL -> getStyleClass().add(Styles.WARNING);
                    case PAST_MAXIMUM -> getStyleClass().add(Styles.DANGER);
                    default -> { }
                }
            }
        };
    }

    private static TableCell<ContactRow, LocalDate> lastInteractionCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.TEXT_MUTED);
                if (empty) {
                    setText(null);
                } else if (item == null) {
                    setText("Never");
                    getStyleClass().add(Styles.TEXT_MUTED);
                } else {
                    setText(DATE.format(item));
                }
                fit(getTableColumn(), getText(), CELL_ROOM);
            }
        };
    }
}
