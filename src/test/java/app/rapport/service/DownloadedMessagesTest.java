package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;

/**
 * LinkedIn messages become one MESSAGE interaction per contact and day (EXPORTS.md), on a real store: however
 * many messages, conversations or spellings of a profile URL that day had, and nothing more when the same export
 * or a later one is imported again.
 */
class DownloadedMessagesTest {

    private static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT\n";
    private static final String OWNER = "https://www.linkedin.com/in/olivia-owner";

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    long ada;
    long grace;
    long alan;
    long bob;

    @BeforeEach
    void contacts() {
        ada = contact("Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace/");
        grace = contact("Grace Hopper", "linkedin.com/in/grace-hopper");
        alan = contact("Alan Turing", "https://www.linkedin.com/in/alan-turing");
        bob = contact("Bob Byte", "https://www.linkedin.com/in/bob-byte");
    }

    @Test
    void messagesOnOneDayWithOnePersonAreOneInteractionAndImportingAgainAddsNothing() throws Exception {
        Path messages = write("messages.csv",
                row("c-ada", "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace", "Olivia Owner", OWNER,
                        "2026-03-10 09:00:00 UTC", "No"),
                row("c-ada", "Olivia Owner", OWNER, "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace",
                        "2026-03-10 18:00:00 UTC", "No"),
                // A second conversation with her the same day, an InMail say: still the one day.
                row("c-ada-inmail", "Olivia Owner", OWNER, "Ada Lovelace",
                        "http://linkedin.com/in/Ada-Lovelace?trk=inmail", "2026-03-10 20:00:00 UTC", "No"),
                row("c-ada", "Olivia Owner", OWNER, "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace",
                        "2026-03-11 08:00:00 UTC", "No"),
                // A draft was never sent.
                row("c-ada", "Olivia Owner", OWNER, "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace",
                        "2026-03-12 08:00:00 UTC", "Yes"));

        DownloadImportService.Result first = importAll(List.of(messages), Map.of());

        assertThat(first.interactions()).isEqualTo(2);
        assertThat(days(ada)).containsExactly("2026-03-11 MESSAGE", "2026-03-10 MESSAGE");

        DownloadImportService.Result again = importAll(List.of(messages), Map.of());

        assertThat(again.interactions()).isZero();
        assertThat(days(ada)).hasSize(2);
    }

    @Test
    void aGroupConversationCountsForWhoWroteToTheOwnerAndForEveryoneTheOwnerWroteTo() throws Exception {
        String group = "https://www.linkedin.com/in/grace-hopper,https://www.linkedin.com/in/alan-turing,"
                + "https://www.linkedin.com/in/bob-byte";
        Path messages = write("messages.csv",
                // Day one: Grace and Alan write to the group; Bob only reads, and the owner does not write.
                row("c-group", "Grace Hopper", "https://www.linkedin.com/in/grace-hopper", "Olivia Owner,Alan,Bob",
                        OWNER + ",https://www.linkedin.com/in/alan-turing,https://www.linkedin.com/in/bob-byte",
                        "2026-04-01 12:00:00 UTC", "No"),
                row("c-group", "Alan Turing", "https://www.linkedin.com/in/alan-turing", "Olivia Owner,Grace,Bob",
                        OWNER + ",https://www.linkedin.com/in/grace-hopper,https://www.linkedin.com/in/bob-byte",
                        "2026-04-01 12:05:00 UTC", "No"),
                // Day two: the owner writes to all three, twice.
                row("c-group", "Olivia Owner", OWNER, "Grace,Alan,Bob", group, "2026-04-02 08:00:00 UTC", "No"),
                row("c-group", "Olivia Owner", OWNER, "Grace,Alan,Bob", group, "2026-04-02 09:00:00 UTC", "No"),
                // Grace writes to the owner alone that day too: still one day with her.
                row("c-grace", "Grace Hopper", "https://www.linkedin.com/in/grace-hopper", "Olivia Owner", OWNER,
                        "2026-04-02 10:00:00 UTC", "No"));

        DownloadImportService.Result result = importAll(List.of(messages), Map.of());

        assertThat(result.interactions()).isEqualTo(5);
        assertThat(days(grace)).containsExactly("2026-04-02 MESSAGE", "2026-04-01 MESSAGE");
        assertThat(days(alan)).containsExactly("2026-04-02 MESSAGE", "2026-04-01 MESSAGE");
        assertThat(days(bob)).as("no message between the owner and Bob on day one").containsExactly(
                "2026-04-02 MESSAGE");
        List<Interaction> all = fixture.store.transact(tx -> tx.interactions().all());
        assertThat(all).as("each interaction is with one person")
                .allSatisfy(interaction -> assertThat(interaction.participants()).hasSize(1));
    }

    @Test
    void aPartnerTheUserLinksByHandToAContactAddsNoSecondInteractionOnADayTheyAlreadyHave() throws Exception {
        Path messages = write("messages.csv",
                row("c-ada", "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace", "Olivia Owner", OWNER,
                        "2026-05-04 09:00:00 UTC", "No"),
                // Her old profile address, which no contact carries: the wizard lists it, the user picks Ada.
                row("c-ada-old", "Ada L.", "https://www.linkedin.com/in/ada-l-1815", "Olivia Owner", OWNER,
                        "2026-05-04 11:00:00 UTC", "No"),
                row("c-ada-old", "Ada L.", "https://www.linkedin.com/in/ada-l-1815", "Olivia Owner", OWNER,
                        "2026-05-06 11:00:00 UTC", "No"));
        DownloadPlan plan = fixture.services.downloads().plan(fixture.services.downloads().read(List.of(messages)),
                Set.of());
        DownloadPlan.Person old = plan.unmatched().stream().filter(p -> p.handle().contains("ada-l-1815"))
                .findFirst().orElseThrow();

        Map<DownloadPlatform, DownloadPlan.Counts> preview = plan.counts(Map.of(old.id(), ada));
        DownloadImportService.Result result = fixture.services.downloads().apply(plan, Map.of(old.id(), ada),
                WorkProgress.NONE);

        assertThat(preview.get(DownloadPlatform.LINKEDIN).kinds().interactionTotal()).as("4 May once").isEqualTo(2);
        PreviewAssertions.assertPreviewMatches(preview, result);
        assertThat(result.interactions()).isEqualTo(2);
        assertThat(days(ada)).containsExactly("2026-05-06 MESSAGE", "2026-05-04 MESSAGE");
    }

    @Test
    void aDayOfMessagesIsEditedDeletedAndPutBackAsAnyInteractionIsAndTheImportsUndoTakesItsDaysAway()
            throws Exception {
        Path messages = write("messages.csv",
                row("c-ada", "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace", "Olivia Owner", OWNER,
                        "2026-03-10 09:00:00 UTC", "No"),
                row("c-ada", "Olivia Owner", OWNER, "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace",
                        "2026-03-11 08:00:00 UTC", "No"),
                row("c-ada", "Olivia Owner", OWNER, "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace",
                        "2026-03-12 08:00:00 UTC", "No"));
        DownloadImportService.Result imported = importAll(List.of(messages), Map.of());
        List<Interaction> adas = fixture.store.transact(tx -> tx.interactions().ofContact(ada));
        InteractionService interactions = fixture.services.interactions();

        Interaction call = new Interaction(adas.get(0).id(), ada, adas.get(0).on(), InteractionKind.VIDEO_CALL,
                "We switched to a call");
        interactions.update(call);
        DeletedInteraction deleted = interactions.delete(adas.get(1));
        DeletedInteraction deletedAfterItsEdit = interactions.delete(call);

        assertThat(days(ada)).containsExactly("2026-03-10 MESSAGE");
        interactions.undoDelete(deletedAfterItsEdit);
        interactions.undoDelete(deleted);
        assertThat(days(ada)).containsExactly("2026-03-12 VIDEO_CALL", "2026-03-11 MESSAGE", "2026-03-10 MESSAGE");
        assertThat(importAll(List.of(messages), Map.of()).interactions()).as("imported again").isZero();

        fixture.services.downloads().undo(imported.undo());

        assertThat(days(ada)).as("edited, deleted and put back, or untouched").isEmpty();
    }

    @Test
    void aMergeOfTwoPeopleWithDaysOfMessagesIsUndoneRowForRow() throws Exception {
        Path messages = write("messages.csv",
                row("c-ada", "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace", "Olivia Owner", OWNER,
                        "2026-03-10 09:00:00 UTC", "No"),
                row("c-grace", "Grace Hopper", "https://www.linkedin.com/in/grace-hopper", "Olivia Owner", OWNER,
                        "2026-03-10 09:00:00 UTC", "No"),
                row("c-grace", "Olivia Owner", OWNER, "Grace Hopper", "https://www.linkedin.com/in/grace-hopper",
                        "2026-04-01 08:00:00 UTC", "No"));
        importAll(List.of(messages), Map.of());
        String archiveBefore = StoreContents.archive(fixture.store);
        List<String> rowsBefore = StoreContents.rows(fixture.store);

        MergeUndo merge = fixture.services.contacts().merge(ada, grace);

        assertThat(days(ada)).containsExactly("2026-04-01 MESSAGE", "2026-03-10 MESSAGE", "2026-03-10 MESSAGE");
        fixture.services.contacts().undoMerge(merge);
        assertThat(StoreContents.rows(fixture.store)).isEqualTo(rowsBefore);
        assertThat(StoreContents.archive(fixture.store)).isEqualTo(archiveBefore).contains("2026-04-01");
    }

    @Test
    void theFollowUpsAnImportAndItsUndoLeaveAreThoseOfEveryoneLookedAtAgain() throws Exception {
        // Seven people wait to be sorted (the four above and three more): past the line of five they share one
        // Sort follow-up, which the rules after the import look at without reading everyone.
        contact("Dan Dreyer", "https://www.linkedin.com/in/dan-dreyer");
        contact("Eve Eldridge", "https://www.linkedin.com/in/eve-eldridge");
        contact("Fay Fenwick", "https://www.linkedin.com/in/fay-fenwick");
        fixture.services.followUps().reevaluateAll();
        Path messages = write("messages.csv",
                row("c-ada", "Ada Lovelace", "https://www.linkedin.com/in/ada-lovelace", "Olivia Owner", OWNER,
                        "2026-03-10 09:00:00 UTC", "No"),
                row("c-grace", "Olivia Owner", OWNER, "Grace Hopper", "https://www.linkedin.com/in/grace-hopper",
                        "2026-03-11 08:00:00 UTC", "No"));

        DownloadImportService.Result imported = importAll(List.of(messages), Map.of());
        List<FollowUpItem> afterImport = fixture.services.followUps().open();
        fixture.services.followUps().reevaluateAll();

        assertThat(afterImport).isNotEmpty().isEqualTo(fixture.services.followUps().open());

        fixture.services.downloads().undo(imported.undo());
        List<FollowUpItem> afterUndo = fixture.services.followUps().open();
        fixture.services.followUps().reevaluateAll();

        assertThat(afterUndo).isEqualTo(fixture.services.followUps().open());
    }

    private DownloadImportService.Result importAll(List<Path> files, Map<Integer, Long> chosen) throws Exception {
        DownloadImportService downloads = fixture.services.downloads();
        return downloads.apply(downloads.plan(downloads.read(files), Set.of()), chosen, WorkProgress.NONE);
    }

    private List<String> days(long contactId) {
        return fixture.store.transact(tx -> tx.interactions().ofContact(contactId)).stream()
                .map(i -> i.on() + " " + i.kind()).toList();
    }

    private long contact(String name, String linkedIn) {
        return fixture.store.transact(tx -> {
            long id = tx.contacts().insert(Contact.builder().displayName(name)
                    .addedOn(LocalDate.of(2025, 1, 1)).build());
            tx.links().put(new Link(id, "linkedin", LinkState.CONNECTED, LocalDate.of(2025, 1, 1), linkedIn));
            return id;
        });
    }

    private static String row(String conversation, String from, String senderUrl, String to, String recipientUrls,
            String date, String draft) {
        return conversation + ",," + quoted(from) + "," + senderUrl + "," + quoted(to) + "," + quoted(recipientUrls)
                + "," + date + ",,\"Hello, \"\"you\"\"\",INBOX," + draft + "\n";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** The export's folder: messages.csv, and Profile.csv, which tells whose messages they are. */
    private Path write(String name, String... rows) throws Exception {
        Path export = Files.createDirectories(fixture.scratch().resolve("linkedin-export"));
        Files.writeString(export.resolve(name), HEADER + String.join("", rows));
        Files.writeString(export.resolve("Profile.csv"), "First Name,Last Name,Maiden Name,Address,Birth Date,"
                + "Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                + "Olivia,Owner,,,,Engineer,,,,,,,\n");
        return export;
    }
}
