package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
    void rowsSaidToBeInThisOrderAreTakenAsTheyAreAndRowsInAnotherAreSorted() {
        List<String> left = List.of("Zoë", "Ada", "Émile");

        List<String> looked = new ArrayList<>();
        assertThat(Names.sortedByName(left, name -> {
            looked.add(name);
            return name;
        }, Names.orderName())).as("taken as they are, unchecked").containsExactly("Zoë", "Ada", "Émile");
        assertThat(looked).as("30,000 names looked up on the way to the table at start-up").isEmpty();
        assertThat(Names.sortedByName(left, name -> name, "collator 0/0 strength 3 decomposition 0"))
                .containsExactly("Ada", "Émile", "Zoë");
        assertThat(Names.sortedByName(left, name -> name, null)).containsExactly("Ada", "Émile", "Zoë");
    }

    @Test
    void anOrderIsNamedByTheLanguageItsRulesComeFromAndHowStrictlyItCompares() {
        assertThat(Names.orderName(collator(Locale.ENGLISH, Collator.SECONDARY)))
                .isEqualTo(Names.orderName(collator(Locale.ENGLISH, Collator.SECONDARY)))
                .isNotEqualTo(Names.orderName(collator(Locale.of("lt"), Collator.SECONDARY)))
                .isNotEqualTo(Names.orderName(collator(Locale.ENGLISH, Collator.TERTIARY)));
    }

    private static Collator collator(Locale locale, int strength) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(strength);
        return collator;
    }

    @Test
    void namesWithTheSameKeyKeepTheOrderTheyCameInWhateverAnEarlierSortSaw() {
        assertThat(Names.sortedByName(List.of("\u00c9mile", "\u00e9mile", "Anna"), name -> name))
                .containsExactly("Anna", "\u00c9mile", "\u00e9mile");
        assertThat(Names.sortedByName(List.of("\u00e9mile", "Anna", "\u00c9mile"), name -> name))
                .containsExactly("Anna", "\u00e9mile", "\u00c9mile");
    }

    @Test
    void namesSortedBeforeInAnotherOrderOrAmongOthersComeOutAsAFreshSortPutsThem() {
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            names.add((i % 3 == 0 ? "\u00c9" : i % 3 == 1 ? "e" : "E") + Integer.toString(random.nextInt(500), 36));
        }
        Names.sortedByName(names, name -> name);
        List<String> again = new ArrayList<>(names.subList(0, 1_500));
        Collections.shuffle(again, random);
        again.addAll(List.of("zz new", "\u00c9 new", "a new"));

        List<String> bySorting = new ArrayList<>(again);
        bySorting.sort(Names.order());
        assertThat(Names.sortedByName(again, name -> name)).isEqualTo(bySorting);
    }

    @Test
    void placesRememberedFromRowsInOrderLeaveALaterSortAsAFreshSortPutsThem() {
        Random random = new Random(11);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            names.add((i % 2 == 0 ? "\u00d6" : "o") + Integer.toString(random.nextInt(700), 36));
        }
        names.sort(Names.order());
        Names.rememberPlaces(names, name -> name);
        List<String> again = new ArrayList<>(names.subList(200, 1_800));
        Collections.shuffle(again, random);
        again.addAll(List.of("\u00f6 new", "A new", "z new"));

        List<String> bySorting = new ArrayList<>(again);
        bySorting.sort(Names.order());
        assertThat(Names.sortedByName(again, name -> name)).isEqualTo(bySorting);
        assertThat(Names.sortedByName(names, name -> name)).as("in their remembered places").isEqualTo(names);
    }

    @Test
    void aTableSortedByNameAloneUpwardsShowsTheRowsAsTheyComeAndAnyOtherOrderIsTheTables() {
        FxStarted.ensure();
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
