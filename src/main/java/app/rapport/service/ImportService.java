package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactMerge;
import app.rapport.domain.ContactRules;
import app.rapport.domain.FieldError;
import app.rapport.domain.Platform;
import app.rapport.interchange.FormatDetector;
import app.rapport.interchange.GoogleContactsReader;
import app.rapport.interchange.ImportBatch;
import app.rapport.interchange.ImportException;
import app.rapport.interchange.ImportFormat;
import app.rapport.interchange.ImportReader;
import app.rapport.interchange.LinkedInConnectionsReader;
import app.rapport.interchange.LinkedInInvitationsReader;
import app.rapport.interchange.ImportedContact;
import app.rapport.interchange.ImportedLink;
import app.rapport.interchange.ImportedRequest;
import app.rapport.interchange.RowIssue;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveFormatException;
import app.rapport.interchange.archive.ArchiveReader;
import app.rapport.interchange.vcard.VCardFormatException;
import app.rapport.interchange.vcard.VCardReader;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/**
 * Imports read files: plans first (a preview that writes nothing), then applies the plan in one transaction,
 * so a cancel or a failure leaves the store exactly as it was. Duplicates merge into the contact they match.
 */
public final class ImportService {

    /** What an import reports its progress as, for both imports: a contacts file's and a download's. */
    public static final String IMPORTING = "Importing";
    /** What a Cancel of an import says: its transaction is rolled back, so the store is exactly as before. */
    public static final String CANCELLED = "The import was cancelled. Nothing was imported.";
    static final String LINKEDIN = "linkedin";
    // Big enough that a 30,000-row file takes 30 round trips, small enough that Cancel answers at once.
    private static final int CONTACTS_PER_BATCH = 1_000;

    private final Store store;
    private final Clock clock;

    public ImportService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The files that could be read, and a message for each that could not (nothing of those is imported).
     * Archives also keep what only they carry (interactions, follow-ups, settings), by file name.
     */
    public record ReadFiles(List<ImportBatch> batches, List<String> problems, Map<String, Archive> archives) {
        public ReadFiles {
            batches = List.copyOf(batches);
            problems = List.copyOf(problems);
            archives = Map.copyOf(archives);
        }
    }

    /** Reads each file whole, in the format its content shows; never touches the store. */
    public ReadFiles read(List<Path> files) {
        LocalDate today = LocalDate.now(clock);
        List<ImportBatch> batches = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Archive> archives = new HashMap<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            try {
                ImportFormat format = FormatDetector.detect(file);
                if (format == ImportFormat.VCARD) {
                    List<Platform> platforms = store.transact(tx -> tx.platforms().all());
                    try (InputStream in = Files.newInputStream(file)) {
                        batches.add(FileConversions.fromVCards(name, new VCardReader(platforms, today).read(in, name)));
                    }
                    continue;
                }
                if (format == ImportFormat.RAPPORT_ARCHIVE) {
                    try (InputStream in = Files.newInputStream(file)) {
                        Archive archive = new ArchiveReader(today).read(in, name);
                        archives.put(name, archive);
                        batches.add(FileConversions.fromArchive(name, archive));
                    }
                    continue;
                }
                Optional<ImportReader> reader = readerFor(format);
                if (reader.isEmpty()) {
                    problems.add(name + ": " + switch (format) {
                        case UNKNOWN -> "Rapport does not recognise this file. It reads LinkedIn's Connections.csv and "
                                + "Invitations.csv, Google Contacts CSV, vCards (.vcf) and Rapport archives.";
                        case OUTLOOK_CSV -> "this is an \"Outlook CSV\" export, which drops birthdays, labels and "
                                + "more. In Google Contacts, export again and choose \"Google CSV\" or \"vCard\".";
                        default -> "this version cannot import " + format.label() + " files yet.";
                    });
                    continue;
                }
                batches.add(reader.get().read(file));
            } catch (ImportException | VCardFormatException | ArchiveFormatException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(name + ": could not be read (" + e.getMessage() + ")");
            }
        }
        return new ReadFiles(batches, problems, archives);
    }

    private static Optional<ImportReader> readerFor(ImportFormat format) {
        return switch (format) {
            case LINKEDIN_CONNECTIONS -> Optional.of(new LinkedInConnectionsReader());
            case LINKEDIN_INVITATIONS -> Optional.of(new LinkedInInvitationsReader());
            case GOOGLE_CONTACTS -> Optional.of(new GoogleContactsReader());
            case VCARD, RAPPORT_ARCHIVE, OUTLOOK_CSV, UNKNOWN -> Optional.empty();
        };
    }

    public ImportPlan plan(ReadFiles read) {
        return plan(read.batches(), read.archives());
    }

    public ImportPlan plan(List<ImportBatch> batches) {
        return plan(batches, Map.of());
    }

    ImportPlan plan(List<ImportBatch> batches, Map<String, Archive> archives) {
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> {
            List<Contact> stored = tx.contacts().allForRules();
            Map<Long, String> names = new HashMap<>();
            stored.forEach(contact -> names.put(contact.id(), contact.displayName()));
            DuplicateIndex index = DuplicateIndex.of(stored, tx.contacts().allEmails(), linkedInProfiles(tx));
            List<ImportPlan.Planned> contacts = new ArrayList<>();
            List<ImportPlan.PlannedRequest> requests = new ArrayList<>();
            List<ImportPlan.SkippedRow> skipped = new ArrayList<>();
            List<ImportPlan.SkippedRow> warnings = new ArrayList<>();
            long nextNew = -1;
            for (ImportBatch batch : batches) {
                String file = batch.fileName();
                batch.skipped().forEach(issue -> skipped.add(row(file, issue)));
                batch.warnings().forEach(issue -> warnings.add(row(file, issue)));
                for (ImportedContact imported : batch.contacts()) {
                    Contact contact = withAddedOn(imported.contact(), today);
                    List<FieldError> errors = ContactRules.validate(contact, today);
                    if (!errors.isEmpty()) {
                        skipped.add(new ImportPlan.SkippedRow(file, imported.line(), errors.getFirst().message()));
                        continue;
                    }
                    Optional<Long> match = index.find(contact, imported.profileUrl());
                    if (match.isPresent()) {
                        contacts.add(new ImportPlan.Planned(file, imported, match.get(), false,
                                names.get(match.get())));
                    } else {
                        long standIn = nextNew--;
                        index.add(standIn, contact, imported.profileUrl());
                        names.put(standIn, contact.displayName());
                        contacts.add(new ImportPlan.Planned(file, imported, standIn, true, contact.displayName()));
                    }
                }
                for (ImportedRequest request : batch.requests()) {
                    Optional<Long> match = index.findPerson(request.name(), request.profileUrl());
                    if (match.isPresent()) {
                        requests.add(new ImportPlan.PlannedRequest(file, request, match.get(), false,
                                names.get(match.get())));
                    } else {
                        long standIn = nextNew--;
                        index.add(standIn, requester(request, today), request.profileUrl());
                        names.put(standIn, request.name());
                        requests.add(new ImportPlan.PlannedRequest(file, request, standIn, true, request.name()));
                    }
                }
            }
            return new ImportPlan(batches.stream().map(ImportBatch::fileName).toList(), contacts, requests, skipped,
                    warnings, archives);
        });
    }

    /** What the import did, for the summary. */
    public record Result(int created, int merged, int requests) {
    }

    public Result apply(ImportPlan plan, WorkProgress progress) {
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> applyIn(tx, plan, progress, today));
    }

    /** {@link #apply} inside a transaction that may write more (downloads imported with the files). */
    Result applyIn(StoreTransaction tx, ImportPlan plan, WorkProgress progress, LocalDate today) {
        boolean intoEmptyStore = tx.contacts().allForRules().isEmpty();
        plan.archives().values().forEach(archive -> ArchiveExtras.preparePlatforms(tx, archive, intoEmptyStore));
        // New contacts first, so that every later row, of any file, finds the contact it lands on.
        List<Long> standIns = new ArrayList<>();
        List<Contact> newContacts = new ArrayList<>();
        for (ImportPlan.Planned planned : plan.contacts()) {
            if (planned.creates()) {
                standIns.add(planned.target());
                newContacts.add(withAddedOn(planned.imported().contact(), today));
            }
        }
        for (ImportPlan.PlannedRequest planned : plan.requests()) {
            if (planned.creates()) {
                standIns.add(planned.target());
                newContacts.add(requester(planned.request(), today));
            }
        }
        // The work: each new contact, each planned row, and the follow-up pass at the end.
        int total = newContacts.size() + plan.work() + 1;
        int done = 0;
        Map<Long, Long> created = new HashMap<>();
        for (int from = 0; from < newContacts.size(); from += CONTACTS_PER_BATCH) {
            progress.stopIfCancelled(CANCELLED);
            int to = Math.min(newContacts.size(), from + CONTACTS_PER_BATCH);
            List<Long> ids = tx.contacts().insertAll(newContacts.subList(from, to));
            for (int i = 0; i < ids.size(); i++) {
                created.put(standIns.get(from + i), ids.get(i));
            }
            done = to;
            progress.worked(IMPORTING, done, total);
        }
        LinkUpdates links = LinkUpdates.of(tx, plan, today);
        Map<String, Map<String, Long>> archiveIds = new HashMap<>();
        Map<Long, Contact> stored = plan.mergedContacts() > 0 ? tx.contacts().all() : new HashMap<>();
        int merged = 0;
        for (ImportPlan.Planned planned : plan.contacts()) {
            progress.stopIfCancelled(CANCELLED);
            long id = planned.target() < 0 ? created.get(planned.target()) : planned.target();
            if (!planned.creates()) {
                Contact existing = stored.get(id);
                Contact combined = ContactMerge.absorb(existing, withAddedOn(planned.imported().contact(), today));
                if (!combined.equals(existing)) {
                    tx.contacts().update(combined);
                    stored.put(id, combined);
                }
                merged++;
            }
            for (ImportedLink link : planned.imported().links()) {
                links.record(id, link.platformId(), link.state(), link.since(), link.handle());
            }
            Archive archive = plan.archives().get(planned.file());
            if (archive != null) {
                archiveIds.computeIfAbsent(planned.file(), file -> new HashMap<>())
                        .put(archive.contacts().get(planned.imported().line() - 1).id(), id);
            }
            progress.worked(IMPORTING, ++done, total);
        }
        for (ImportPlan.PlannedRequest planned : plan.requests()) {
            progress.stopIfCancelled(CANCELLED);
            ImportedRequest request = planned.request();
            long id = planned.target() < 0 ? created.get(planned.target()) : planned.target();
            links.record(id, LINKEDIN, request.state(), request.sentOn(), request.profileUrl());
            if (!planned.creates()) {
                merged++;
            }
            progress.worked(IMPORTING, ++done, total);
        }
        links.write(tx);
        plan.archives().forEach((file, archive) ->
                ArchiveExtras.addHistory(tx, archive, archiveIds.getOrDefault(file, Map.of())));
        FollowUpQueue.reevaluateAll(tx, today);
        // The last chance to cancel: nothing is committed until this returns.
        progress.stopIfCancelled(CANCELLED);
        progress.worked(IMPORTING, total, total);
        return new Result(created.size(), merged, plan.requests().size());
    }

    private static Contact requester(ImportedRequest request, LocalDate today) {
        return withAddedOn(Contact.builder().displayName(request.name()).givenName(request.givenName())
                .familyName(request.familyName()).category(Category.PROFESSIONAL).build(), today);
    }

    private static Map<Long, String> linkedInProfiles(StoreTransaction tx) {
        Map<Long, String> profiles = new HashMap<>();
        tx.links().all().stream().filter(link -> link.platformId().equals(LINKEDIN) && !link.handle().isBlank())
                .forEach(link -> profiles.put(link.contactId(), link.handle()));
        return profiles;
    }

    private static Contact withAddedOn(Contact contact, LocalDate today) {
        return contact.addedOn() != null ? contact : contact.toBuilder().addedOn(today).build();
    }

    private static ImportPlan.SkippedRow row(String file, RowIssue issue) {
        return new ImportPlan.SkippedRow(file, issue.line(), issue.reason());
    }
}
