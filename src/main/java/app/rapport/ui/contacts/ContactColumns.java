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
import javafx.scene.control.Tooltip;

import app.rapport.domain.Category;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Relationship;
import app.rapport.service.SampleDataService;
import app.rapport.ui.Names;

/** The contacts table's columns, the name first, and how each shows its value. */
final class ContactColumns {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ContactColumns() {
    }

    static List<TableColumn<ContactRow, ?>> all() {
        TableColumn<ContactRow, String> name = column("Name", 180, 120, ContactSummary::displayName);
        name.setComparator(Names.order());
        TableColumn<ContactRow, String> organization = column("Organization", 140, 80, ContactSummary::organization);
        organization.setComparator(Names.order());
        TableColumn<ContactRow, String> role = column("Role", 120, 60, ContactSummary::role);
        TableColumn<ContactRow, Category> category = column("Category", 110, 108, ContactSummary::category);
        category.setCellFactory(col -> labelCell(Category::label));
        TableColumn<ContactRow, Relationship> relationship = column("Relationship", 150, 120,
                ContactSummary::relationship);
        relationship.setCellFactory(col -> labelCell(Relationship::label));
        TableColumn<ContactRow, String> tags = column("Tags", 110, 50, s -> String.join(", ",
                s.tags().stream().filter(tag -> !tag.equals(SampleDataService.TAG)).toList()));
        TableColumn<ContactRow, LocalDate> last = column("Last interaction", 145, 145, ContactSummary::lastInteraction);
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        last.setCellFactory(col -> lastInteractionCell());
        TableColumn<ContactRow, Long> quiet = new TableColumn<>("Quiet for");
        quiet.setPrefWidth(120);
        quiet.setMinWidth(90);
        quiet.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().quietDays()));
        quiet.setCellFactory(col -> quietCell());
        return List.of(name, organization, role, category, relationship, tags, last, quiet);
    }

    private static <T> TableColumn<ContactRow, T> column(String title, double width, double minWidth,
                                                         Function<ContactSummary, T> value) {
        TableColumn<ContactRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().summary())));
        return column;
    }

    private static <T> TableCell<ContactRow, T> labelCell(Function<T, String> label) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    /** Days since they last talked, with the keep-in-touch mark in words, never colour alone. */
    private static TableCell<ContactRow, Long> quietCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
                setTooltip(null);
                ContactRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    return;
                }
                setText(row.quietText());
                switch (row.keepInTouch()) {
                    case PAST_IDEAL -> getStyleClass().add(Styles.WARNING);
                    case PAST_MAXIMUM -> getStyleClass().add(Styles.DANGER);
                    default -> { }
                }
                if (!row.quietTooltip().isEmpty()) {
                    setTooltip(new Tooltip(row.quietTooltip()));
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
            }
        };
    }
}
