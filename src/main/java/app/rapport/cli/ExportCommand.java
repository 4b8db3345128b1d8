package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import app.rapport.service.CalendarExportService;

/**
 * {@code export FILE}: the format comes from the extension. This version writes iCalendar only: open
 * follow-ups as to-dos and birthdays as yearly events.
 */
final class ExportCommand implements Command {

    static final String USAGE = "export FILE";

    @Override
    public void run(Invocation invocation) {
        String argument = invocation.arguments().positional(1, 1, USAGE).getFirst();
        Path file = FileArguments.writable(argument);
        String extension = extension(file);
        if (!extension.equals(".ics")) {
            throw new BadInputException("unsupported format " + (extension.isEmpty() ? "(no extension)" : extension)
                    + " (this version writes .ics)");
        }
        CalendarExportService.Exported exported = invocation.withServices(Clock.systemDefaultZone(), services -> {
            // As the window does when it opens: the days since the last run may have opened or closed some.
            services.followUps().reevaluateAll();
            return services.calendar().export(file);
        });
        invocation.out().println("Wrote " + count(exported.followUps(), "follow-up") + " and "
                + count(exported.birthdays(), "birthday") + " to " + file);
    }

    private static String count(int number, String thing) {
        return number + " " + thing + (number == 1 ? "" : "s");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
