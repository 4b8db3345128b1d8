package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkSource;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.interchange.download.Download;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.store.Store;

/** Downloads into a real store: matching, the user's newer state, re-import, ambiguity, undo, privacy. */
class DownloadImportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate EXPORTED = DownloadFixtures.EXPORTED;
    /** The calendar fixtures' owner. */
    static final Set<String> OLIVIAS_ADDRESSES = Set.of("olivia@example.com", "olivia@work.example",
            "olivia@icloud.com");

    @TempDir
    Path dir;
    @TempDir
    Path downloads;
    Store store;
    Services services;
    DownloadImportService imports;
    long renee;
    long jane1;
    long jane2;
    long carol;
    long eve;
    long ada;
    long grace;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        services = Services.over(store, clock);
        imports = new DownloadImportService(store, clock);
        renee = add(Contact.builder().displayName("Renée Dupré").givenName("Renée").familyName("Dupré"));
        jane1 = add(Contact.builder().displayName("Jane Doe").emails(List.of("jane@work.example")));
        jane2 = add(Contact.builder().displayName("JANE  DOE").emails(List.of("jane@home.example")));
        carol = add(Contact.builder().displayName("King, Carol"));
        eve = add(Contact.builder().displayName("Eve Old"));
        ada = add(Contact.builder().displayName("Ada Lovelace").emails(List.of("ADA@example.com")));
        grace = add(Contact.builder().displayName("Grace Hopper").emails(List.of("grace@example.com")));
        store.transactVoid(tx -> {
            // Carol's request was declined by the user after the download was made: the user's word wins.
            tx.links().put(new Link(carol, "facebook", LinkState.DECLINED_BY_ME, EXPORTED.plusDays(10), ""));
            // Eve was a friend long before the download says she was removed.
            tx.links().put(new Link(eve, "facebook", LinkState.CONNECTED, LocalDate.of(2019, 1, 1), ""));
            tx.links().put(new Link(renee, "instagram", LinkState.NONE, LocalDate.of(2020, 1, 1),
                    "https://www.instagram.com/Renee_Dupre/"));
            tx.links().put(new Link(ada, "linkedin", LinkState.CONNECTED, LocalDate.of(2020, 1, 1),
                    "https://www.linkedin.com/in/ada-lovelace/"));
            tx.links().put(new Link(grace, "linkedin", LinkState.CONNECTED, LocalDate.of(2020, 1, 1),
                    "linkedin.com/in/grace-hopper"));
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long add(Contact.Builder builder) {
        return store.transact(tx -> tx.contacts().insert(builder.addedOn(LocalDate.of(2025, 1, 1)).build()));
    }

    /** The four kinds of download, as the user got them. */
    private List<Path> allFour() throws Exception {
        return List.of(DownloadFixtures.zip("facebook-2024", downloads),
                DownloadFixtures.zip("instagram-2025", downloads), DownloadFixtures.folder("linkedin"),
                DownloadFixtures.folder("calendars"));
    }

    private Download facebook() throws Exception {
        return imports.read(List.of(DownloadFixtures.zip("facebook-2024", downloads)));
    }

    private DownloadPlan.Person person(DownloadPlan plan, String shown) {
        return plan.people().stream().filter(p -> p.shown().equals(shown)).findFirst().orElseThrow();
    }

    @Test
    void thePlanCountsPerPlatformWhatWillLandAndKeepsAmbiguousAndUnmatchedRowsAsSuch() throws Exception {
        DownloadPlan plan = imports.plan(facebook(), Set.of());

        DownloadPlan.Counts counts = plan.counts(Map.of()).get(DownloadPlatform.FACEBOOK);
        assertThat(counts.kinds().state(LinkState.CONNECTED)).as("Renée matched by folded name, François new")
                .isEqualTo(2);
        assertThat(counts.kinds().state(LinkState.REQUEST_SENT)).as("Bob, a new person").isEqualTo(1);
        assertThat(counts.kinds().state(LinkState.REQUEST_RECEIVED)).as("Carol's newer state is kept").isZero();
        assertThat(counts.kept()).isEqualTo(1);
        assertThat(counts.kinds().state(LinkState.REMOVED)).as("Eve").isEqualTo(1);
        assertThat(counts.kinds().declined()).as("Dave is nobody the user knows").isZero();
        assertThat(counts.newPeople()).isEqualTo(2);
        assertThat(counts.ambiguous()).isEqualTo(1);
        assertThat(counts.unmatched()).isEqualTo(1);

        DownloadPlan.Person jane = person(plan, "Jane Doe");
        assertThat(jane.match()).isEqualTo(DownloadPlan.Match.AMBIGUOUS);
        assertThat(jane.candidates()).extracting(DownloadPlan.Candidate::contactId).containsExactly(jane1, jane2);
        assertThat(person(plan, "Dave Spam").match()).isEqualTo(DownloadPlan.Match.UNMATCHED);
        assertThat(person(plan, "Carol King").keptState()).contains(LinkState.DECLINED_BY_ME);
        assertThat(person(plan, "Carol King").contactId()).isEqualTo(carol);
    }

    @Test
    void applyingSetsStatesDatedByTheDownloadWithTheirSourceAndKeepsTheUsersNewerState() throws Exception {
        DownloadPlan plan = imports.plan(facebook(), Set.of());

        DownloadImportService.Result result = imports.apply(plan, Map.of(), WorkProgress.NONE);

        assertThat(result.createdContacts()).isEqualTo(2);
        Link reneeLink = link(renee, "facebook");
        assertThat(reneeLink.state()).isEqualTo(LinkState.CONNECTED);
        assertThat(reneeLink.since()).isEqualTo(LocalDate.of(2020, 5, 13));
        assertThat(source(renee, "facebook"))
                .contains(new LinkSource(renee, "facebook", "FACEBOOK", EXPORTED));
        assertThat(history(renee))
                .containsExactly(new LinkChange(renee, "facebook", LocalDate.of(2020, 5, 13), LinkState.NONE,
                        LinkState.CONNECTED));
        assertThat(services.links().sourcesOf(renee)).containsExactly(Map.entry("facebook",
                "Facebook download, Nov 28, 2024"));
        assertThat(link(carol, "facebook").state()).isEqualTo(LinkState.DECLINED_BY_ME);
        assertThat(services.links().sourcesOf(carol)).as("the user's own state has no source").isEmpty();
        services.links().changeState(renee, "facebook", LinkState.REMOVED);
        assertThat(services.links().sourcesOf(renee)).as("a state set by hand is the user's").isEmpty();
        assertThat(link(eve, "facebook").state()).isEqualTo(LinkState.REMOVED);
        assertThat(link(jane1, "facebook")).isNull();
        Contact francois = store.transact(tx -> tx.contacts().allFull()).stream()
                .filter(c -> c.displayName().equals("François Müller")).findFirst().orElseThrow();
        assertThat(link(francois.id(), "facebook").since()).isEqualTo(LocalDate.of(2023, 11, 26));
    }

    @Test
    void theUsersPickSettlesAnAmbiguousRow() throws Exception {
        DownloadPlan plan = imports.plan(facebook(), Set.of());
        int jane = person(plan, "Jane Doe").id();

        assertThat(plan.counts(Map.of(jane, jane2)).get(DownloadPlatform.FACEBOOK).ambiguous()).isZero();
        imports.apply(plan, Map.of(jane, jane2), WorkProgress.NONE);

        assertThat(link(jane2, "facebook").state()).isEqualTo(LinkState.CONNECTED);
        assertThat(link(jane1, "facebook")).isNull();
    }

    @Test
    void aStateTheUserRecordedAfterTheDownloadIsKeptOnAContactTheyPickedByHand() throws Exception {
        store.transactVoid(tx -> tx.links().put(new Link(jane2, "facebook", LinkState.REMOVED, EXPORTED.plusDays(5),
                "")));
        DownloadPlan plan = imports.plan(facebook(), Set.of());
        Map<Integer, Long> chosen = Map.of(person(plan, "Jane Doe").id(), jane2);
        Map<DownloadPlatform, DownloadPlan.Counts> preview = plan.counts(chosen);

        DownloadImportService.Result result = imports.apply(plan, chosen, WorkProgress.NONE);

        assertThat(link(jane2, "facebook").state()).as("removed by the user after the download").isEqualTo(
                LinkState.REMOVED);
        assertThat(preview.get(DownloadPlatform.FACEBOOK).kept()).as("Carol's and Jane's").isEqualTo(2);
        PreviewAssertions.assertPreviewMatches(preview, result);
        assertThat(source(jane2, "facebook")).isEmpty();
    }

    @Test
    void twoPeopleOfADownloadLinkedToOneContactSetOneStateInThePreviewAsInTheStore() throws Exception {
        DownloadPlan plan = imports.plan(facebook(), Set.of());
        Map<Integer, Long> chosen = Map.of(person(plan, "Jane Doe").id(), jane2, person(plan, "Dave Spam").id(),
                jane2);
        DownloadPlan.Counts preview = plan.counts(chosen).get(DownloadPlatform.FACEBOOK);

        DownloadImportService.Result result = imports.apply(plan, chosen, WorkProgress.NONE);

        assertThat(preview.kinds().stateTotal()).as("Renée, François, Bob, Eve and Jane's one link").isEqualTo(5);
        assertThat(preview.unmatched() + preview.ambiguous()).isZero();
        PreviewAssertions.assertPreviewMatches(plan.counts(chosen), result);
    }

    @Test
    void aContactsTwoCalendarAddressesAndOneLinkedByHandMakeOneInteractionAMeetingInThePreviewAsInTheStore()
            throws Exception {
        long ana = add(Contact.builder().displayName("Ana Alvarez")
                .emails(List.of("ana@work.example", "ana@home.example")));
        Path calendar = Files.writeString(downloads.resolve("calendar.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "BEGIN:VEVENT", "UID:lunch@google.com", "DTSTAMP:20260401T000000Z",
                "DTSTART:20260501T120000Z", "DTEND:20260501T130000Z", "ORGANIZER:mailto:me@example.com",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@work.example",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@home.example",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana.old@example.com", "END:VEVENT",
                "BEGIN:VEVENT", "UID:walk@google.com", "DTSTAMP:20260401T000000Z",
                "DTSTART:20260508T120000Z", "DTEND:20260508T130000Z", "ORGANIZER:mailto:me@example.com",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@home.example", "END:VEVENT",
                "END:VCALENDAR", ""));
        Set<String> own = Set.of("me@example.com");
        DownloadPlan plan = imports.plan(imports.read(List.of(calendar)), own);
        Map<Integer, Long> chosen = Map.of(person(plan, "ana.old@example.com").id(), ana);

        Map<DownloadPlatform, DownloadPlan.Counts> preview = plan.counts(chosen);
        DownloadImportService.Result result = imports.apply(plan, chosen, WorkProgress.NONE);

        assertThat(preview.get(DownloadPlatform.CALENDAR).kinds().interactionTotal()).as("the lunch and the walk")
                .isEqualTo(2);
        PreviewAssertions.assertPreviewMatches(preview, result);
        assertThat(interactionsOf(ana)).hasSize(2);

        DownloadPlan again = imports.plan(imports.read(List.of(calendar)), own);
        Map<Integer, Long> chosenAgain = Map.of(person(again, "ana.old@example.com").id(), ana);
        Map<DownloadPlatform, DownloadPlan.Counts> previewAgain = again.counts(chosenAgain);

        assertThat(previewAgain.get(DownloadPlatform.CALENDAR).kinds().interactionTotal())
                .as("Ana has the lunch already")
                .isZero();
        PreviewAssertions.assertPreviewMatches(previewAgain, imports.apply(again, chosenAgain, WorkProgress.NONE));
        assertThat(interactionsOf(ana)).hasSize(2);
    }

    @Test
    void everyPlatformsPreviewIsWhatLandsStateByStateAndKindByKind() throws Exception {
        DownloadPlan plan = imports.plan(imports.read(List.of(DownloadFixtures.zip("facebook-2024", downloads),
                DownloadFixtures.zip("instagram-2025", downloads), DownloadFixtures.folder("linkedin"),
                DownloadFixtures.folder("calendars"))), Set.of("olivia@example.com"));
        Map<Integer, Long> chosen = Map.of(person(plan, "Jane Doe").id(), jane2, person(plan, "alan@example.com").id(),
                ada);
        Map<DownloadPlatform, DownloadPlan.Counts> preview = plan.counts(chosen);

        DownloadImportService.Result result = imports.apply(plan, chosen, WorkProgress.NONE);

        assertThat(preview.get(DownloadPlatform.FACEBOOK).kinds().states()).as("several states to compare")
                .containsKeys(LinkState.CONNECTED, LinkState.REQUEST_SENT, LinkState.REMOVED);
        assertThat(preview.get(DownloadPlatform.CALENDAR).kinds().interactions()).as("several kinds to compare")
                .containsKeys(InteractionKind.IN_PERSON, InteractionKind.VIDEO_CALL, InteractionKind.EVENT);
        PreviewAssertions.assertPreviewMatches(preview, result);
    }

    @Test
    void theFollowUpsAfterAnImportAreThoseEveryoneReevaluatedWouldHave() throws Exception {
        List<Path> all = allFour();
        Set<String> own = OLIVIAS_ADDRESSES;
        // A colleague whose LinkedIn request waits for a first meeting: the calendar's dinner with her is one.
        long hopper = add(Contact.builder().displayName("Grace B. Hopper").category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).emails(List.of("grace@example.com")).vouchForThem("Sharp."));
        store.transactVoid(tx -> {
            tx.contacts().delete(grace);
            tx.links().put(new Link(hopper, "linkedin", LinkState.REQUEST_RECEIVED, TODAY.minusDays(10),
                    "linkedin.com/in/grace-hopper"));
        });
        services.followUps().reevaluateAll();
        List<FollowUp> before = openFollowUps();

        imports.apply(imports.plan(imports.read(all), own), Map.of(), WorkProgress.NONE);
        List<FollowUp> afterImport = openFollowUps();
        services.followUps().reevaluateAll();

        assertThat(afterImport).as("the import changed the queue").isNotEqualTo(before);
        assertThat(afterImport).isEqualTo(openFollowUps());
    }

    private List<FollowUp> openFollowUps() {
        return store.transact(tx -> tx.followUps().open()).stream()
                .map(f -> new FollowUp(null, f.contactId(), f.platformId(), f.rule(), f.triggerKey(), f.title(),
                        f.message(), f.due(), f.status(), null))
                .sorted(Comparator.comparing(FollowUp::toString)).toList();
    }

    @Test
    void importingTheSameDownloadsAgainAddsNothing() throws Exception {
        List<Path> all = allFour();
        Set<String> own = OLIVIAS_ADDRESSES;
        imports.apply(imports.plan(imports.read(all), own), Map.of(), WorkProgress.NONE);
        Snapshot first = snapshot();

        DownloadPlan again = imports.plan(imports.read(all), own);
        DownloadImportService.Result result = imports.apply(again, Map.of(), WorkProgress.NONE);

        assertThat(result.states()).isZero();
        assertThat(result.interactions()).isZero();
        assertThat(result.createdContacts()).isZero();
        assertThat(result.ledgerEntries()).isZero();
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void messagesAndMeetingsBecomeInteractionsOnTheirDaysWithoutText() throws Exception {
        Download download = imports.read(List.of(DownloadFixtures.folder("linkedin"),
                DownloadFixtures.folder("calendars")));
        assertThat(DownloadImportService.likelyOwnAddresses(download)).containsExactly("olivia@example.com");
        DownloadPlan plan = imports.plan(download, OLIVIAS_ADDRESSES);

        assertThat(plan.counts(Map.of()).get(DownloadPlatform.LINKEDIN).kinds().interactions())
                .isEqualTo(Map.of(InteractionKind.MESSAGE, 4));
        assertThat(plan.unmatched()).extracting(DownloadPlan.Person::shown)
                .contains("Rick Recruiter", "Alan Turing", "alan@example.com", "p1@example.com")
                .doesNotContain("olivia@example.com");
        imports.apply(plan, Map.of(), WorkProgress.NONE);

        List<Interaction> adas = interactionsOf(ada);
        assertThat(adas).extracting(i -> i.on() + " " + i.kind()).containsExactlyInAnyOrder(
                "2024-03-05 MESSAGE", "2024-03-07 MESSAGE",
                "2024-01-08 IN_PERSON", "2024-01-24 IN_PERSON", "2024-01-29 IN_PERSON", "2024-02-05 IN_PERSON",
                "2024-02-14 IN_PERSON", "2024-04-20 EVENT");
        assertThat(adas).extracting(Interaction::notes).containsOnly("");
        assertThat(interactionsOf(grace)).extracting(i -> i.on() + " " + i.kind())
                .containsExactlyInAnyOrder("2024-04-01 MESSAGE", "2024-04-02 MESSAGE", "2024-03-02 IN_PERSON",
                        "2024-05-05 VIDEO_CALL");
    }

    @Test
    void undoTakesBackTheWholeImport() throws Exception {
        Snapshot before = snapshot();
        DownloadPlan plan = imports.plan(imports.read(List.of(DownloadFixtures.zip("facebook-2024", downloads),
                DownloadFixtures.folder("calendars"))), Set.of("olivia@example.com"));
        DownloadImportService.Result result = imports.apply(plan, Map.of(), WorkProgress.NONE);
        assertThat(snapshot()).isNotEqualTo(before);

        imports.undo(result.undo());

        assertThat(snapshot()).isEqualTo(before);
        assertThat(link(eve, "facebook").state()).isEqualTo(LinkState.CONNECTED);
        assertThat(source(eve, "facebook")).isEmpty();
    }

    @Test
    void aMeetingDeletedAndPutBackIsStillTheCalendarsSoImportingAgainAddsNothingAndTheImportsUndoTakesIt()
            throws Exception {
        List<Path> calendars = List.of(DownloadFixtures.folder("calendars"));
        Snapshot before = snapshot();
        DownloadImportService.Result imported = imports.apply(imports.plan(imports.read(calendars),
                OLIVIAS_ADDRESSES), Map.of(), WorkProgress.NONE);
        Snapshot afterImport = snapshot();
        Interaction meeting = interactionsOf(ada).getFirst();
        Map<Long, String> sources = store.transact(tx -> tx.interactions().sourcesOf(ada));

        services.interactions().undoDelete(services.interactions().delete(meeting));

        assertThat(snapshot()).isEqualTo(afterImport);
        Map<Long, String> sourcesNow = store.transact(tx -> tx.interactions().sourcesOf(ada));
        assertThat(sourcesNow).as("still from the calendar")
                .isEqualTo(sources).containsKey(meeting.id());
        assertThat(imports.apply(imports.plan(imports.read(calendars), OLIVIAS_ADDRESSES), Map.of(),
                WorkProgress.NONE).interactions()).as("imported again").isZero();
        imports.undo(imported.undo());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void cancellingLeavesTheStoreAsItWas() throws Exception {
        Snapshot before = snapshot();
        DownloadPlan plan = imports.plan(facebook(), Set.of());

        assertThatThrownBy(() -> imports.apply(plan, Map.of(), new WorkProgress() {
            @Override
            public void worked(String step, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(WorkCancelledException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void noTitleDescriptionLocationSubjectOrMessageReachesTheStoreOrTheLog() throws Exception {
        DownloadPlan plan = imports.plan(imports.read(List.of(DownloadFixtures.folder("linkedin"),
                DownloadFixtures.zip("calendars", downloads))), Set.of("olivia@example.com"));
        imports.apply(plan, Map.of(), WorkProgress.NONE);
        store.close();

        List<String> secrets = List.of("SECRET", "Lunch, anyone", "exciting role", "Opportunity", "Café Central",
                "divorce", "Team lunch");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(secrets).as("texts in %s", file).noneMatch(bytes::contains);
            }
        }
        Path log = Path.of("target/test.log");
        if (Files.exists(log)) {
            String written = Files.readString(log);
            assertThat(secrets).as("texts in the log").noneMatch(written::contains);
        }
        store = Store.open(dir);
    }

    private java.util.Optional<LinkSource> source(long contactId, String platformId) {
        return store.transact(tx -> tx.links().sourceOf(contactId, platformId));
    }

    private List<LinkChange> history(long contactId) {
        return store.transact(tx -> tx.links().history(contactId));
    }

    private List<Interaction> interactionsOf(long contactId) {
        return store.transact(tx -> tx.interactions().ofContact(contactId));
    }

    private Link link(long contactId, String platformId) {
        return store.transact(tx -> tx.links().find(contactId, platformId).orElse(null));
    }

    private record Snapshot(List<Contact> contacts, List<Link> links, List<Interaction> interactions,
            List<List<LinkChange>> history, List<LinkSource> sources) {
    }

    private Snapshot snapshot() {
        return store.transact(tx -> {
            List<Contact> contacts = tx.contacts().allFull();
            return new Snapshot(contacts,
                    tx.links().all().stream().sorted(java.util.Comparator.comparing(l -> l.contactId() + l.platformId()))
                            .toList(),
                    tx.interactions().all().stream().map(i -> new Interaction(null, i.contactId(), i.on(), i.kind(),
                            i.notes())).sorted(java.util.Comparator.comparing(Interaction::toString)).toList(),
                    contacts.stream().map(c -> tx.links().history(c.id())).toList(),
                    tx.links().allSources().stream().sorted(java.util.Comparator.comparing(LinkSource::toString))
                            .toList());
        });
    }
}
