package app.rapport.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The options every report takes. {@code --as-of DATE} makes the services see that day as today, so the rules
 * answer as they would on that day; {@code --format} picks CSV (the default, for pipes) or a table.
 */
record ReportOptions(Clock clock, ReportFormat format) {

    static final String AS_OF = "--as-of";
    static final String FORMAT = "--format";

    static ReportOptions parse(Invocation invocation, String usage) {
        Arguments arguments = invocation.arguments(AS_OF, FORMAT);
        arguments.positional(0, 0, usage);
        Clock clock = arguments.option(AS_OF).map(ReportOptions::fixedAt).orElseGet(Clock::systemDefaultZone);
        ReportFormat format = arguments.option(FORMAT).map(ReportFormat::named).orElse(ReportFormat.CSV);
        return new ReportOptions(clock, format);
    }

    private static Clock fixedAt(String date) {
        try {
            ZoneId zone = ZoneId.systemDefault();
            return Clock.fixed(LocalDate.parse(date).atStartOfDay(zone).toInstant(), zone);
        } catch (DateTimeParseException e) {
            throw new BadInputException(AS_OF + " needs a date like 2026-12-01, not " + date);
        }
    }
}
