package app.rapport.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A report as columns aligned with spaces under a header and a rule, one line per row, for reading. */
final class TableOutput {

    private static final String GAP = "  ";

    private TableOutput() {
    }

    static void write(Report report, PrintStream out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(report.header());
        report.rows().forEach(row -> lines.add(row.stream().map(TableOutput::oneLine).toList()));
        int[] widths = new int[report.header().size()];
        for (List<String> line : lines) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], width(line.get(column)));
            }
        }
        out.println(line(report.header(), widths));
        out.println(String.join(GAP, Arrays.stream(widths).mapToObj("-"::repeat).toList()));
        lines.subList(1, lines.size()).forEach(line -> out.println(line(line, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (column > 0) {
                text.append(GAP);
            }
            text.append(cell);
            if (column < cells.size() - 1) {
                text.append(" ".repeat(widths[column] - width(cell)));
            }
        }
        return text.toString();
    }

    /** A line break inside a cell would break the alignment of every column after it. */
    private static String oneLine(String cell) {
        return cell.replaceAll("\\R", " ");
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
