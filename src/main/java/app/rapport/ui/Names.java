package app.rapport.ui;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * How names are ordered on screen: as the user's language orders them ("Élodie" before "Tomás"), case aside.
 * A collator compares two names from scratch each time, and a table sorting 30,000 rows asks tens of thousands
 * of times, on the FX thread. So each name's collation key is worked out once and kept: the rows' names are
 * keyed where the rows are read, off the FX thread, and the table's comparisons only look the keys up.
 */
public final class Names {

    private static final Collator COLLATOR = collator();
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();
    // Enough for every name, organization and role of 100,000 contacts; past it (years of renames) start afresh.
    private static final int KEYS_KEPT = 300_000;

    private Names() {
    }

    /** The order of names; a missing one (null) comes first. */
    public static Comparator<String> order() {
        return Comparator.nullsFirst((a, b) -> key(a).compareTo(key(b)));
    }

    /**
     * {@code items} in {@link #order()} of their names, each name keyed on the way: a table shows them in this
     * order without sorting them (see {@link #beyondNameOrder}), and when the user sorts by name the other way,
     * the keys are only looked up. Items already in order (rows a close left in the order the table showed them)
     * take the fewest comparisons.
     */
    public static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        record Keyed<T>(CollationKey key, T item) {
        }
        @SuppressWarnings("unchecked")
        Keyed<T>[] keyed = items.stream().map(item -> {
            String itsName = name.apply(item);
            return new Keyed<>(itsName == null ? null : key(itsName), item);
        }).toArray(Keyed[]::new);
        Arrays.sort(keyed, Comparator.comparing(Keyed::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return Arrays.stream(keyed).map(Keyed::item).toList();
    }

    /**
     * The order to put a table's rows in, when the rows are kept in {@link #order()} of the names in its first
     * column: none while the table is sorted by that column alone, ascending, as it is unless the user chose
     * otherwise, so that 30,000 rows are not sorted again on the FX thread into the order they have; else the
     * table's own comparator.
     */
    public static <T> Comparator<T> beyondNameOrder(TableView<T> table) {
        List<TableColumn<T, ?>> sortOrder = table.getSortOrder();
        boolean byNameAlone = sortOrder.size() == 1 && !table.getColumns().isEmpty()
                && sortOrder.getFirst() == table.getColumns().getFirst()
                && sortOrder.getFirst().getSortType() == TableColumn.SortType.ASCENDING;
        return byNameAlone ? null : table.getComparator();
    }

    /** Works out and keeps the keys of {@code names} now, so that sorting by them later only looks them up. */
    public static void warm(Collection<String> names) {
        names.forEach(name -> {
            if (name != null) {
                key(name);
            }
        });
    }

    private static CollationKey key(String name) {
        CollationKey key = KEYS.get(name);
        if (key == null) {
            if (KEYS.size() >= KEYS_KEPT) {
                KEYS.clear();
            }
            key = COLLATOR.getCollationKey(name);
            KEYS.put(name, key);
        }
        return key;
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
