package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Names in the order of the user's language, accents and case aside, the same whichever way they are sorted. */
class NamesTest {

    @Test
    void accentsAndCaseDoNotPushANameToTheEnd() {
        List<String> names = new ArrayList<>(List.of("tomás", "Zoe", "Élodie", "ada", "Ada", "Émile", "bob"));

        names.sort(Names.order());

        assertThat(names.subList(0, 2)).containsExactlyInAnyOrder("ada", "Ada");
        assertThat(names.subList(2, 7)).containsExactly("bob", "Élodie", "Émile", "tomás", "Zoe");
    }

    @Test
    void aMissingNameComesFirst() {
        List<String> names = new ArrayList<>(Arrays.asList("Zoe", null, "Ada"));

        names.sort(Names.order());

        assertThat(names).containsExactly(null, "Ada", "Zoe");
    }

    @Test
    void rowsSortedByNameAreInTheOrderTheTableSortsIn() {
        record Row(String name) {
        }
        List<Row> rows = List.of(new Row("Zoë"), new Row("Ōtsuka"), new Row("émile"), new Row("Anna"), new Row("Émile"),
                new Row("anna"), new Row("Łukasz"), new Row("Lukas"));

        List<String> sorted = Names.sortedByName(rows, Row::name).stream().map(Row::name).toList();

        List<String> bySorting = new ArrayList<>(rows.stream().map(Row::name).toList());
        bySorting.sort(Names.order());
        assertThat(sorted).isEqualTo(bySorting);
    }

    @Test
    void rowsAlreadyInOrderStaySoAndOneOutOfPlaceIsSorted() {
        List<String> inOrder = Arrays.asList(null, "Anna", "Élodie", "émile", "Zoë");
        List<String> lastOutOfPlace = Arrays.asList(null, "Anna", "Élodie", "Zoë", "émile");
        List<String> missingLast = Arrays.asList("Anna", null);

        assertThat(Names.sortedByName(inOrder, name -> name)).isEqualTo(inOrder);
        assertThat(Names.sortedByName(lastOutOfPlace, name -> name)).isEqualTo(inOrder);
        assertThat(Names.sortedByName(missingLast, name -> name)).containsExactly(null, "Anna");
    }

    @Test
    void aTableSortedByNameAloneUpwardsShowsTheRowsAsTheyComeAndAnyOtherOrderIsTheTables() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test of this run started it.
        }
        TableView<String> table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setComparator(Names.order());
        TableColumn<String, String> other = new TableColumn<>("Other");
        table.getColumns().setAll(List.of(name, other));
        table.setSortPolicy(view -> true);

        table.getSortOrder().setAll(List.of(name));
        assertThat(Names.beyondNameOrder(table)).as("by name, upwards: as they come").isNull();
        name.setSortType(TableColumn.SortType.DESCENDING);
        assertThat(Names.beyondNameOrder(table)).isSameAs(table.getComparator()).isNotNull();
        name.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(name, other));
        assertThat(Names.beyondNameOrder(table)).as("by name, then another column").isNotNull();
        table.getSortOrder().setAll(List.of(other));
        assertThat(Names.beyondNameOrder(table)).isNotNull();
    }
}
