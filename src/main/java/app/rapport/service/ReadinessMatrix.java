package app.rapport.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Platform;
import app.rapport.store.TableRows;

/**
 * The readiness page's data: the visible platforms (the columns) and one row per active contact. {@code order}
 * names the order the rows are in, as {@link TableRows#order()} does; null for rows in no known order.
 */
public record ReadinessMatrix(List<Platform> platforms, List<ReadinessRow> rows, String order) {

    public ReadinessMatrix {
        platforms = List.copyOf(platforms);
        rows = List.copyOf(rows);
    }

    public ReadinessMatrix(List<Platform> platforms, List<ReadinessRow> rows) {
        this(platforms, rows, null);
    }

    /**
     * These rows in the order of the contacts table's rows {@code table}, and that order, when the table has an
     * order and a row under each of these contacts' names; else this matrix as it is.
     */
    ReadinessMatrix inOrderOf(TableRows table) {
        if (table.order() == null) {
            return this;
        }
        Map<Long, Integer> places = new HashMap<>();
        List<ContactSummary> summaries = table.summaries();
        for (int place = 0; place < summaries.size(); place++) {
            places.put(summaries.get(place).id(), place);
        }
        // Each row's place in the table above its own index, sorted as plain numbers: no boxing of 30,000 rows.
        long[] placed = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Integer place = places.get(rows.get(i).contact().id());
            if (place == null || !summaries.get(place).displayName().equals(rows.get(i).contact().displayName())) {
                return this;
            }
            placed[i] = (long) place << Integer.SIZE | i;
        }
        Arrays.sort(placed);
        return new ReadinessMatrix(platforms, Arrays.stream(placed).mapToObj(one -> rows.get((int) one)).toList(),
                table.order());
    }
}
