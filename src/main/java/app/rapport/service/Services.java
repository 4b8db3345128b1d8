package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;

import app.rapport.store.Store;

/** Every use case of Rapport over one store, built once by the composition root. */
public record Services(ContactService contacts, RulesService rules, ReadinessService readiness, LinkService links,
                       InteractionService interactions, CollisionService collisions, FollowUpService followUps,
                       CalendarExportService calendar, HomeService home, ImportService imports,
                       ExportService exports, SampleDataService sampleData, PreferenceService preferences,
                       BackupService backups, PasswordService passwords, SortService sort,
                       DownloadImportService downloads, Changes changes,
                       Clock clock) {

    public static Services over(Store store, Clock clock) {
        Changes changes = new Changes();
        store.addWriteListener(changes);
        FollowUpService followUps = new FollowUpService(store, clock);
        CalendarExportService calendar = new CalendarExportService(store, followUps, clock);
        ImportService imports = new ImportService(store, clock);
        BackupService backups = new BackupService(store, clock);
        ReadinessRows readinessRows = new ReadinessRows();
        return new Services(new ContactService(store, clock), new RulesService(store, clock),
                new ReadinessService(store, clock, readinessRows), new LinkService(store, clock),
                new InteractionService(store, clock), new CollisionService(store, clock), followUps,
                calendar, new HomeService(store, clock, readinessRows), imports, new ExportService(store, calendar),
                new SampleDataService(store, imports, clock), new PreferenceService(store),
                backups, new PasswordService(store, backups), new SortService(store, clock),
                new DownloadImportService(store, clock), changes, clock);
    }

    /** Today as the services see it, so the UI's defaults agree with the rules' "as of" date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
