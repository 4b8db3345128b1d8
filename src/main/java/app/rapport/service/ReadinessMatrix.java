package app.rapport.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        // Each row found under its table row's id by a binary search of the rows' ids, in plain numbers: a map of
        // 30,000 boxed ids to places was most of this on Readiness's first visit.
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i).contact().id();
            if (i > 0 && ids[i] <= ids[i - 1]) {
                return this;
            }
        }
        boolean[] placed = new boolean[ids.length];
        List<ReadinessRow> ordered = new ArrayList<>(ids.length);
        for (ContactSummary summary : table.summaries()) {
            int i = Arrays.binarySearch(ids, summary.id());
            if (i < 0) {
                continue;
            }
            if (placed[i] || !summary.displayName().equals(rows.get(i).contact().displayName())) {
                return this;
            }
            placed[i] = true;
            ordered.add(rows.get(i));
        }
        if (ordered.size() != rows.size()) {
            return this;
        }
        return new ReadinessMatrix(platforms, ordered, table.order());
    }
}
