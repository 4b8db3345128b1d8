package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.VerdictKind;
import app.rapport.interchange.ImportBatch;
import app.rapport.interchange.LinkedInConnectionsReader;
import app.rapport.interchange.LinkedInInvitationsReader;

/** Imports of real-format files into a real fixture.store: plan, merge instead of double, all or nothing. */
class ImportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    ImportService imports;

    @BeforeEach
    void open() {
        Clock clock = fixture.clock();
        imports = new ImportService(fixture.store, clock);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportServiceTest.class.getResource("/interchange/" + name).toURI());
    }

    static ImportBatch connections() throws Exception {
        return new LinkedInConnectionsReader().read(fixture("linkedin-2024/Connections.csv"));
    }

    @Test
    void linkedInConnectionsBecomeProfessionalContactsConnectedOnLinkedIn() throws Exception {
        ImportPlan plan = imports.plan(List.of(connections()));
        assertThat(plan.mergedContacts()).isZero();
        long planned = plan.newContacts();
        assertThat(planned).isPositive();

        ImportService.Result result = imports.apply(plan, WorkProgress.NONE);

        assertThat(result.created()).isEqualTo(planned);
        Map<String, ContactSummary> byName = byName();
        ContactSummary ada = byName.get("Ada Lovelace");
        assertThat(ada.category()).isEqualTo(Category.PROFESSIONAL);
        assertThat(ada.organization()).isEqualTo("Analytical Engines, Ltd.");
        Link link = fixture.services.readiness().forContact(ada.id()).platforms().getFirst().link().orElseThrow();
        assertThat(link.state()).isEqualTo(LinkState.CONNECTED);
        assertThat(link.since()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(link.handle()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(byName.get("Grace Hopper").role()).isEqualTo("Head of \"Fun\" & Compilers");
        assertThat(plan.skipped()).isNotEmpty().allSatisfy(row -> assertThat(row.message()).startsWith("Connections.csv, line "));
    }

    @Test
    void importingTheSameFileAgainMergesAndDoublesNothing() throws Exception {
        imports.apply(imports.plan(List.of(connections())), WorkProgress.NONE);
        int before = fixture.services.contacts().summaries().size();

        ImportPlan again = imports.plan(List.of(connections()));
        assertThat(again.newContacts()).isZero();
        assertThat(again.mergedContacts()).isEqualTo(before);
        imports.apply(again, WorkProgress.NONE);

        assertThat(fixture.services.contacts().summaries()).hasSize(before);
    }

    @Test
    void aContactTheUserTypedIsMergedByEmailAndKeepsWhatTheyWrote() throws Exception {
        Contact typed = fixture.services.contacts().save(Contact.builder().displayName("Countess Ada")
                .category(Category.BOTH).relationship(Relationship.FRIEND).emails(List.of("ADA@example.com"))
                .notes("My notes").build());

        ImportPlan plan = imports.plan(List.of(connections()));
        assertThat(plan.contacts()).filteredOn(p -> !p.isNew()).singleElement()
                .satisfies(p -> assertThat(p.targetName()).isEqualTo("Countess Ada"));
        imports.apply(plan, WorkProgress.NONE);

        Contact merged = fixture.services.contacts().get(typed.id());
        assertThat(merged.displayName()).isEqualTo("Countess Ada");
        assertThat(merged.category()).isEqualTo(Category.BOTH);
        assertThat(merged.notes()).isEqualTo("My notes");
        assertThat(merged.organization()).isEqualTo("Analytical Engines, Ltd.");
        assertThat(byName()).doesNotContainKey("Ada Lovelace");
    }

    @Test
    void invitationsSeedTheRequestLedgerWithoutUndoingAConnection() throws Exception {
        imports.apply(imports.plan(List.of(connections())), WorkProgress.NONE);
        ImportBatch invitations = new LinkedInInvitationsReader().read(fixture("Invitations.csv"));

        imports.apply(imports.plan(List.of(invitations)), WorkProgress.NONE);

        ContactSummary priya = byName().get("Priya Patel");
        assertThat(priya).as("an invitation from someone new makes a contact").isNotNull();
        Link request = fixture.services.readiness().forContact(priya.id()).platforms().getFirst().link().orElseThrow();
        assertThat(request.state()).isEqualTo(LinkState.REQUEST_RECEIVED);
        assertThat(request.since()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(fixture.services.followUps().open()).anySatisfy(item ->
                assertThat(item.followUp().title()).contains("Priya Patel"));
    }

    @Test
    void anInvitationFromSomeoneAlreadyThereCountsAsMergedAndANewRequesterGetsGivenAndFamilyNames()
            throws Exception {
        imports.apply(imports.plan(List.of(connections())), WorkProgress.NONE);
        Path file = fixture.scratch().resolve("Invitations.csv");
        Files.writeString(file, "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
                + "Sam Example,Ada Lovelace,6-Feb-26,,OUTGOING,,https://www.linkedin.com/in/ada-lovelace\r\n"
                + "Priya Patel,Sam Example,2/6/2026,,INCOMING,https://www.linkedin.com/in/priya,\r\n");

        ImportPlan plan = imports.plan(List.of(new LinkedInInvitationsReader().read(file)));
        ImportService.Result result = imports.apply(plan, WorkProgress.NONE);

        assertThat(plan.mergedContacts()).isEqualTo(1);
        assertThat(result).isEqualTo(new ImportService.Result(1, 1, 2));
        Contact priya = fixture.services.contacts().get(byName().get("Priya Patel").id());
        assertThat(priya.givenName()).isEqualTo("Priya");
        assertThat(priya.familyName()).isEqualTo("Patel");
    }

    @Test
    void aDateThatCannotBeReadLeavesTheDayUnknownUntilTheUserRecordsIt() throws Exception {
        Path connections = fixture.scratch().resolve("Connections.csv");
        Files.writeString(connections, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,,,sometime in 2019\r\n");
        Path invitations = fixture.scratch().resolve("Invitations.csv");
        Files.writeString(invitations, "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
                + "Sam Example,Bob Stone,the day after,,OUTGOING,,https://www.linkedin.com/in/bob-stone\r\n");

        imports.apply(imports.plan(List.of(new LinkedInConnectionsReader().read(connections),
                new LinkedInInvitationsReader().read(invitations))), WorkProgress.NONE);

        ContactReadiness ada = fixture.services.readiness().forContact(byName().get("Ada Lovelace").id());
        Link connected = ada.platforms().getFirst().link().orElseThrow();
        assertThat(connected.state()).isEqualTo(LinkState.CONNECTED);
        assertThat(connected.since()).as("not the import day: that would make an old connection look new").isNull();
        assertThat(ada.linkHistory()).singleElement().satisfies(change -> assertThat(change.on()).isNull());

        long bob = byName().get("Bob Stone").id();
        PlatformReadiness request = fixture.services.readiness().forContact(bob).platforms().getFirst();
        assertThat(request.link().orElseThrow().since()).isNull();
        assertThat(request.verdict().kind()).as("a request of unknown age is not taken as a no")
                .isNotEqualTo(VerdictKind.RESPECT_DECLINE);

        fixture.services.links().changeState(bob, "linkedin", LinkState.REQUEST_SENT, TODAY.minusDays(40));

        ContactReadiness dated = fixture.services.readiness().forContact(bob);
        assertThat(dated.platforms().getFirst().link().orElseThrow().since()).isEqualTo(TODAY.minusDays(40));
        assertThat(dated.platforms().getFirst().verdict().kind()).isEqualTo(VerdictKind.RESPECT_DECLINE);
        assertThat(dated.linkHistory()).singleElement()
                .satisfies(change -> assertThat(change.on()).isEqualTo(TODAY.minusDays(40)));
    }

    @Test
    void anOutlookCsvIsRefusedSayingWhichExportToChooseInstead() throws Exception {
        Path file = fixture.scratch().resolve("contacts.csv");
        Files.writeString(file, "First Name,Middle Name,Last Name,E-mail Address,Business Phone,Birthday\r\n"
                + "Ada,,Lovelace,ada@example.com,,\r\n");

        ImportService.ReadFiles read = imports.read(List.of(file));

        assertThat(read.batches()).isEmpty();
        assertThat(read.problems()).containsExactly("contacts.csv: this is an \"Outlook CSV\" export, which drops "
                + "birthdays, labels and more. In Google Contacts, export again and choose \"Google CSV\" or \"vCard\".");
    }

    @Test
    void repeatedNotesAreToldOncePerFileWithTheirLines() {
        List<ImportPlan.SkippedRow> rows = new ArrayList<>();
        for (int line = 5; line <= 30; line++) {
            rows.add(new ImportPlan.SkippedRow("Connections.csv", line,
                    "Connected On \"" + line + "-Feb-26x\" is not a date; imported without it"));
        }
        rows.add(new ImportPlan.SkippedRow("Connections.csv", 31, "no name"));
        rows.add(new ImportPlan.SkippedRow("Other.csv", 8, "no name"));
        ImportPlan plan = new ImportPlan(List.of("Connections.csv", "Other.csv"), List.of(), List.of(), rows,
                List.of(), Map.of());

        assertThat(plan.groupedSkipped()).extracting(ImportPlan.RowGroup::message).containsExactly(
                "Connections.csv: 26 rows: Connected On \"…\" is not a date; imported without it "
                        + "(lines 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)",
                "Connections.csv, line 31: no name",
                "Other.csv, line 8: no name");
    }

    @Test
    void aCancelledImportLeavesTheStoreExactlyAsItWas() throws Exception {
        fixture.services.contacts().save(Contact.named("Already here", TODAY));
        ImportPlan plan = imports.plan(List.of(connections()));
        WorkProgress cancelAfterTwo = new WorkProgress() {
            long done;

            @Override
            public void worked(String step, long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        assertThatThrownBy(() -> imports.apply(plan, cancelAfterTwo)).isInstanceOf(WorkCancelledException.class);

        assertThat(fixture.services.contacts().summaries()).extracting(ContactSummary::displayName)
                .containsExactly("Already here");
        assertThat(fixture.services.followUps().open()).isEmpty();
    }

    private Map<String, ContactSummary> byName() {
        return fixture.services.contacts().summaries().stream()
                .collect(Collectors.toMap(ContactSummary::displayName, Function.identity()));
    }
}
