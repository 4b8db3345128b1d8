package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import app.rapport.service.ExportService;

/**
 * {@code export FILE}: the format comes from the extension — a Rapport archive, vCards, a spreadsheet, or a
 * calendar of open follow-ups and birthdays.
 */
final class ExportCommand implements Command {

    static final String USAGE = "export FILE";

    @Override
    public void run(Invocation invocation) {
        String argument = invocation.arguments().positional(1, 1, USAGE).getFirst();
        Path file = FileArguments.writable(argument);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (ExportService.EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new BadInputException("unsupported format for " + file.getFileName() + " (end the name with "
                    + String.join(", ", ExportService.EXTENSIONS) + ")");
        }
        ExportService.Exported exported = invocation.withServices(Clock.systemDefaultZone(), services -> {
            // As the window does when it opens: the days since the last run may have opened or closed some.
            services.followUps().reevaluateAll();
            return services.exports().export(file);
        });
        invocation.out().println("Wrote " + exported.what() + " to " + file);
    }
}
