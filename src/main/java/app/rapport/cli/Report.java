package app.rapport.cli;

import java.util.List;

/** A report's columns and rows of text, before it is written as CSV or as a table. */
record Report(List<String> header, List<List<String>> rows) {

    Report {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + header.size() + " columns.");
            }
        }
    }
}
