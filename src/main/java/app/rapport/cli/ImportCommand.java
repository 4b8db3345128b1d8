package app.rapport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.rapport.interchange.FormatDetector;
import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportFormat;
import app.rapport.interchange.download.Download;
import app.rapport.service.DownloadImportService;
import app.rapport.service.DownloadLines;
import app.rapport.service.DownloadPlan;
import app.rapport.service.ImportPlan;
import app.rapport.service.WorkProgress;
import app.rapport.service.ImportService;

/**
 * {@code import FILE...}: every file is read before anything is written, and a file that cannot be read stops
 * the whole import (exit 2), so a script never leaves half an import behind; contact files and downloads given
 * together are written in one transaction. Skipped rows are warnings.
 * Platform downloads (zips, folders, their files) and calendars go with them: rows that match several contacts
 * or none are left out, one line each on standard error, with a count; nobody is asked anything. What landed
 * is one line per platform, in the words of the window's Done step.
 */
final class ImportCommand implements Command {

    static final String USAGE = "import FILE...";

    @Override
    public void run(Invocation invocation) {
        List<Path> contactFiles = new ArrayList<>();
        List<Path> downloads = new ArrayList<>();
        for (String argument : invocation.arguments().positional(1, Integer.MAX_VALUE, USAGE)) {
            Path path = FileArguments.of(argument);
            if (Files.isDirectory(path)) {
                downloads.add(path);
            } else {
                Path file = FileArguments.existing(argument);
                (isContactFile(file) ? contactFiles : downloads).add(file);
            }
        }
        invocation.withServices(Clock.systemDefaultZone(), services -> {
            // Every file is read before anything is written.
            ImportPlan plan = contactFiles.isEmpty() ? null : planContacts(services.imports(), contactFiles);
            Download download = downloads.isEmpty() ? null : readDownloads(services.downloads(), downloads);
            if (plan != null) {
                plan.groupedSkipped().forEach(rows -> invocation.err().println("import: skipped " + rows.message()));
                plan.groupedWarnings().forEach(rows -> invocation.err().println("import: note " + rows.message()));
            }
            if (plan != null && download != null) {
                DownloadImportService.Together together = services.downloads().importTogether(services.imports(),
                        plan, download, DownloadImportService.likelyOwnAddresses(download), WorkProgress.NONE);
                reportContacts(invocation, together.contacts());
                reportDownloads(invocation, together.plan(), together.downloads());
            } else if (plan != null) {
                reportContacts(invocation, services.imports().apply(plan, WorkProgress.NONE));
            } else {
                DownloadPlan downloadPlan = services.downloads().plan(download,
                        DownloadImportService.likelyOwnAddresses(download));
                reportDownloads(invocation, downloadPlan,
                        services.downloads().apply(downloadPlan, Map.of(), WorkProgress.NONE));
            }
            return null;
        });
    }

    private static ImportPlan planContacts(ImportService imports, List<Path> contactFiles) {
        ImportService.ReadFiles read = imports.read(contactFiles);
        if (!read.problems().isEmpty()) {
            throw new BadInputException(String.join("; ", read.problems()) + " (nothing was imported)");
        }
        return imports.plan(read);
    }

    private static void reportContacts(Invocation invocation, ImportService.Result result) {
        invocation.out().println("Imported " + result.created() + " new, merged " + result.merged()
                + ", recorded " + result.requests() + " LinkedIn invitations");
    }

    private static void reportDownloads(Invocation invocation, DownloadPlan plan, DownloadImportService.Result result) {
        reportLeftOut(invocation, plan);
        result.platforms().forEach((platform, landed) ->
                invocation.out().println(DownloadLines.landed(platform, landed)));
    }

    private static Download readDownloads(DownloadImportService service, List<Path> downloads) {
        try {
            return service.read(downloads);
        } catch (ImportException e) {
            throw new BadInputException(e.getMessage() + " (nothing was imported)");
        }
    }

    private static void reportLeftOut(Invocation invocation, DownloadPlan plan) {
        int leftOut = 0;
        for (DownloadPlan.Person person : plan.people()) {
            if (person.match() == DownloadPlan.Match.AMBIGUOUS) {
                invocation.err().println("import: left out " + person.platform().sourceName() + " " + person.shown()
                        + ": matches " + person.candidates().size() + " contacts ("
                        + String.join(", ", person.candidates().stream().map(DownloadPlan.Candidate::displayName)
                                .toList()) + ")");
                leftOut++;
            } else if (person.match() == DownloadPlan.Match.UNMATCHED) {
                invocation.err().println("import: left out " + person.platform().sourceName() + " " + person.shown()
                        + ": matches no contact");
                leftOut++;
            }
        }
        if (leftOut > 0) {
            invocation.err().println("import: " + leftOut + (leftOut == 1 ? " row" : " rows")
                    + " left out (link them in the window's import)");
        }
    }

    private static boolean isContactFile(Path file) {
        try {
            return FormatDetector.detect(file) != ImportFormat.UNKNOWN;
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file);
        }
    }
}
