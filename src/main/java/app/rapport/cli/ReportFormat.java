package app.rapport.cli;

import java.io.PrintStream;
import java.util.Locale;

/** How a report is written: CSV for programs and spreadsheets, an aligned table for people. */
enum ReportFormat {
    CSV {
        @Override
        void write(Report report, PrintStream out) {
            CsvOutput.write(report, out);
        }
    },
    TABLE {
        @Override
        void write(Report report, PrintStream out) {
            TableOutput.write(report, out);
        }
    };

    abstract void write(Report report, PrintStream out);

    static ReportFormat named(String name) {
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw new BadInputException("--format is csv or table, not " + name);
    }
}
