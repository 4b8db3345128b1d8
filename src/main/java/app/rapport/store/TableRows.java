package app.rapport.store;

import java.util.List;
import java.util.Objects;

import app.rapport.domain.ContactSummary;

/**
 * The contacts table's rows, and the order they are in when it is known: the one a close named for the rows it
 * left, so that the next start need not check an order it still sorts by (30,000 names compared, over half a
 * second of start-up). {@code order} is null for rows in no known order.
 */
public record TableRows(List<ContactSummary> summaries, String order) {

    public TableRows {
        summaries = List.copyOf(Objects.requireNonNull(summaries, "summaries"));
    }
}
