package app.rapport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import app.rapport.service.ImportPlan;
import app.rapport.service.ImportProgress;
import app.rapport.service.ImportService;

/**
 * {@code import FILE...}: every file is read before anything is written, and a file that cannot be read stops
 * the whole import (exit 2), so a script never leaves half an import behind. Skipped rows are warnings.
 */
final class ImportCommand implements Command {

    static final String USAGE = "import FILE...";

    @Override
    public void run(Invocation invocation) {
        List<Path> files = invocation.arguments().positional(1, Integer.MAX_VALUE, USAGE).stream()
                .map(FileArguments::existing).toList();
        ImportService.Result result = invocation.withServices(Clock.systemDefaultZone(), services -> {
            ImportService.ReadFiles read = services.imports().read(files);
            if (!read.problems().isEmpty()) {
                throw new BadInputException(String.join("; ", read.problems()) + " (nothing was imported)");
            }
            ImportPlan plan = services.imports().plan(read);
            plan.groupedSkipped().forEach(rows -> invocation.err().println("import: skipped " + rows.message()));
            plan.groupedWarnings().forEach(rows -> invocation.err().println("import: note " + rows.message()));
            return services.imports().apply(plan, ImportProgress.NONE);
        });
        invocation.out().println("Imported " + result.created() + " new, merged " + result.merged()
                + ", recorded " + result.requests() + " LinkedIn invitations");
    }
}
