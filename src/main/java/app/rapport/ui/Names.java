package app.rapport.ui;

import java.text.CollationKey;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * How names are ordered on screen: as the user's language orders them ("Élodie" before "Tomás"), case aside.
 * A collator compares two names from scratch each time, and a table sorting 30,000 rows asks hundreds of
 * thousands of times, on the FX thread. So the rows are put in name order where they are read, off the FX
 * thread; and a name's collation key, once a sort has worked it out, is kept for the next.
 */
public final class Names {

    private static final Collator COLLATOR = collator();
    private static final String ORDER_NAME = orderName(COLLATOR);
    private static final Map<String, Known> KEYS = new ConcurrentHashMap<>();
    // Enough for every name, organization and role of 100,000 contacts; past it (years of renames) start afresh.
    private static final int KEYS_KEPT = 300_000;

    private Names() {
    }

    /** The order of names; a missing one (null) comes first. */
    public static Comparator<String> order() {
        return Comparator.nullsFirst((a, b) -> key(a).compareTo(key(b)));
    }

    /**
     * {@code items} in {@link #order()} of their names; names with the same key keep the order they came in. A
     * table shows them in this order without sorting them again (see {@link #beyondNameOrder}).
     * <p>
     * Working out a name's collation key costs more than comparing two names, so keys are worked out only for a
     * real sort. Items already in order (the rows a close left, in the order the table showed them) are only
     * checked, name against the next. Each name also remembers its place in the last sort that had it, and
     * items in another order are first put in those places: the readiness page's rows, read in no particular
     * order, are then found in order too.
     */
    public static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        return sortedByName(items, name, null);
    }

    /**
     * As {@link #sortedByName(List, Function)}, for items said to be in the order {@code theirOrder} names (see
     * {@link #orderName}): when that is still this order, as it is for the rows the last close left unless the
     * user's language changed since, they are taken as they are, without a check.
     */
    public static <T> List<T> sortedByName(List<T> items, Function<T, String> name, String theirOrder) {
        if (ORDER_NAME.equals(theirOrder)) {
            // Not a name looked at: at start-up, looking up 30,000 names on the way to the table was 60-150 ms of
            // its wait. Their places, a later sort's hint, are for rememberPlaces once the table shows them.
            return Collections.unmodifiableList(new ArrayList<>(items));
        }
        @SuppressWarnings("unchecked")
        Placed<T>[] placed = new Placed[items.size()];
        for (int i = 0; i < placed.length; i++) {
            T item = items.get(i);
            String itsName = name.apply(item);
            placed[i] = new Placed<>(itsName == null ? null : known(itsName), i, item);
        }
        if (!inOrder(placed)) {
            Arrays.sort(placed, Comparator.comparingInt(Placed::lastPlace));
            if (!inOrder(placed)) {
                Arrays.sort(placed, Comparator.comparing((Placed<T> one) -> one.key(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Placed::index));
            }
        }
        List<T> sorted = new ArrayList<>(placed.length);
        for (int place = 0; place < placed.length; place++) {
            if (placed[place].known() != null) {
                placed[place].known().place = place;
            }
            sorted.add(placed[place].item());
        }
        return Collections.unmodifiableList(sorted);
    }

    private record Placed<T>(Known known, int index, T item) {
        CollationKey key() {
            return known == null ? null : known.key();
        }

        int lastPlace() {
            return known == null ? -1 : known.place;
        }
    }

    /** Whether a sort would leave them as they are: each name after the one before, or the same and later. */
    private static boolean inOrder(Placed<?>[] placed) {
        for (int i = 1; i < placed.length; i++) {
            int order = compare(placed[i - 1].known(), placed[i].known());
            if (order > 0 || order == 0 && placed[i - 1].index() > placed[i].index()) {
                return false;
            }
        }
        return true;
    }

    /** As their keys compare, without working out a key that is not known yet; a missing name comes first. */
    private static int compare(Known one, Known other) {
        if (one == null || other == null) {
            return one == other ? 0 : one == null ? -1 : 1;
        }
        if (one.key != null && other.key != null) {
            return one.key.compareTo(other.key);
        }
        return COLLATOR.compare(one.name, other.name);
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

    /**
     * A name for this order, the same as long as names order the same way: for items put in order now and
     * handed to a later start, which takes them as they are while its order has the same name.
     */
    public static String orderName() {
        return ORDER_NAME;
    }

    /**
     * Keeps each name's place in {@code items}, which are in name order, as the hint a later sort of some of them
     * starts from (see {@link #sortedByName(List, Function)}), as a sort of them would have.
     */
    public static <T> void rememberPlaces(List<T> items, Function<T, String> name) {
        for (int place = 0; place < items.size(); place++) {
            String itsName = name.apply(items.get(place));
            if (itsName != null) {
                known(itsName).place = place;
            }
        }
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
        return known(name).key();
    }

    private static Known known(String name) {
        Known known = KEYS.get(name);
        if (known == null) {
            if (KEYS.size() >= KEYS_KEPT) {
                KEYS.clear();
            }
            known = new Known(name);
            KEYS.put(name, known);
        }
        return known;
    }

    /**
     * A name, its collation key once asked for, and its place in the last sort that had it. The place is only
     * a hint for the next sort: two sorts at once that write it over each other cost time, never order. Two
     * threads that work out the same key at once both get an equal one.
     */
    private static final class Known {
        private final String name;
        private CollationKey key;
        private int place = Integer.MAX_VALUE;

        private Known(String name) {
            this.name = name;
        }

        private CollationKey key() {
            CollationKey known = key;
            if (known == null) {
                known = COLLATOR.getCollationKey(name);
                key = known;
            }
            return known;
        }
    }

    /** The collator's rules (its language's, on this Java), strength and decomposition. */
    static String orderName(Collator collator) {
        String rules = collator instanceof RuleBasedCollator ruleBased ? ruleBased.getRules()
                : Locale.getDefault().toLanguageTag();
        return "collator " + Integer.toHexString(rules.hashCode()) + "/" + rules.length() + " strength "
                + collator.getStrength() + " decomposition " + collator.getDecomposition();
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
